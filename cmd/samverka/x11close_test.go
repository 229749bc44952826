package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"strings"
)

// closeWindow asks window win of the X display to close, as a window
// manager's close button does: a WM_DELETE_WINDOW client message. xdotool
// can only destroy a window, which is not what a user does, and a bare
// Xvfb has no window manager to ask, so the few requests are written here.
func closeWindow(display string, win uint32) error {
	n := strings.TrimPrefix(strings.SplitN(display, ".", 2)[0], ":")
	c, err := net.Dial("unix", "/tmp/.X11-unix/X"+n)
	if err != nil {
		return err
	}
	defer c.Close()
	le := binary.LittleEndian
	// Connection setup: little-endian, protocol 11.0, no authorisation.
	setup := make([]byte, 12)
	setup[0] = 'l'
	le.PutUint16(setup[2:], 11)
	if _, err := c.Write(setup); err != nil {
		return err
	}
	head := make([]byte, 8)
	if _, err := io.ReadFull(c, head); err != nil {
		return err
	}
	rest := make([]byte, 4*int(le.Uint16(head[6:])))
	if _, err := io.ReadFull(c, rest); err != nil {
		return err
	}
	if head[0] != 1 {
		return fmt.Errorf("X server refused the connection: %q", rest)
	}
	atom := func(name string) (uint32, error) {
		pad := (4 - len(name)%4) % 4
		req := make([]byte, 8+len(name)+pad)
		req[0] = 16 // InternAtom
		le.PutUint16(req[2:], uint16(len(req)/4))
		le.PutUint16(req[4:], uint16(len(name)))
		copy(req[8:], name)
		if _, err := c.Write(req); err != nil {
			return 0, err
		}
		reply := make([]byte, 32)
		if _, err := io.ReadFull(c, reply); err != nil {
			return 0, err
		}
		if reply[0] != 1 {
			return 0, fmt.Errorf("InternAtom %s: X error %d", name, reply[1])
		}
		return le.Uint32(reply[8:]), nil
	}
	protocols, err := atom("WM_PROTOCOLS")
	if err != nil {
		return err
	}
	deleteWindow, err := atom("WM_DELETE_WINDOW")
	if err != nil {
		return err
	}
	req := make([]byte, 44)
	req[0] = 25 // SendEvent, no propagation, event mask 0: to the client
	le.PutUint16(req[2:], 11)
	le.PutUint32(req[4:], win)
	ev := req[12:]
	ev[0] = 33 // ClientMessage
	ev[1] = 32 // format: 32-bit values
	le.PutUint32(ev[4:], win)
	le.PutUint32(ev[8:], protocols)
	le.PutUint32(ev[12:], deleteWindow)
	if _, err := c.Write(req); err != nil {
		return err
	}
	// A round trip makes sure the server has handled the request.
	_, err = atom("WM_PROTOCOLS")
	return err
}
