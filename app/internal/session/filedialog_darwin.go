package session

// comInit does nothing: macOS's panels need no per-thread setup.
func comInit() {}
