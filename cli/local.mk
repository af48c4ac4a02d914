## The geshibai command.
