"""Broadcasts to groups and channels: chat registry, durable jobs, pacing, delivery worker."""
