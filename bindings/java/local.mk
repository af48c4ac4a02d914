## Java binding.
