package session

import "syscall"

var coInitializeEx = syscall.NewLazyDLL("ole32.dll").NewProc("CoInitializeEx")

// comInit readies the calling thread for the shell's file dialogs, which
// are COM objects wanting a single-threaded apartment
// (COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE). A thread that
// already has one keeps it.
func comInit() { coInitializeEx.Call(0, 0x2|0x4) }
