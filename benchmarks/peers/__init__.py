"""Bots the benchmarks compare ours against: the bare PTB floor and an aiogram 3 peer."""
