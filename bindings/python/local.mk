## Python binding.
