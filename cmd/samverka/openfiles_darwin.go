//go:build darwin

package main

/*
#cgo LDFLAGS: -framework Cocoa
void samverkaListenForOpenFiles(void);
*/
import "C"

// openRequests carries the files macOS asks Samverka to open, from the
// Apple Event handler on the main thread to the goroutine that opens them.
var openRequests = make(chan string, 64)

// listenForOpenFiles handles macOS's "open documents" event. Finder does
// not pass a double-clicked file on the command line: it sends this event,
// at launch and to a program already running. Fyne 2.7 and its GLFW do not
// handle it (GLFW owns the application delegate and lacks
// application:openFiles:), so Samverka installs its own handler with the
// Apple Event manager. It must be called before the app runs.
func listenForOpenFiles() <-chan string {
	C.samverkaListenForOpenFiles()
	return openRequests
}

//export samverkaOpenFile
func samverkaOpenFile(path *C.char) {
	select {
	case openRequests <- C.GoString(path):
	default:
		// More than 64 files waiting at once: nobody opens that many
		// councils, and the handler on the main thread must not block.
	}
}
