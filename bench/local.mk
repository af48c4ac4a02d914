## Benchmarks: make bench.
