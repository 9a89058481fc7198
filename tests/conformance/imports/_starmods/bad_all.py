__all__ = ["exists", "missing"]
exists = 1
