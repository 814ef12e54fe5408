"""Comparison pictures: short table cells, their layout and rendering, and the sends by file_id."""
