package main

import (
	"io"
	"os"

	"samverka/model"
	"samverka/storage"
)

// maxExport bounds a JSON export that is read: the Stockholm council's is
// some 40 MB.
const maxExport = 512 << 20

// maxPDF bounds a PDF that verify reads: a printout is at most a few MB.
const maxPDF = 256 << 20

// readLimited reads the file name, or standard input for "-": only a
// plain file (a pipe named like a file would hang the program, a device
// never end) and at most max bytes.
func readLimited(name string, stdin io.Reader, max int64) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		info, err := os.Stat(name)
		if err != nil {
			return nil, fileError(err)
		}
		if !info.Mode().IsRegular() {
			return nil, &model.Error{Code: storage.CodeNotRegular}
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, fileError(err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fileError(err)
	}
	if int64(len(data)) > max {
		return nil, model.Errorf(storage.CodeTooLarge, "Max", max>>20)
	}
	return data, nil
}
