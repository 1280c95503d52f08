// Removed once the backend has sources of its own.
