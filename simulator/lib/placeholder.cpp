// Removed once the simulator library has sources of its own.
