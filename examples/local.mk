## Examples.
