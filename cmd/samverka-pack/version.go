package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
)

// msiVersion returns the installer's ProductVersion: major and minor from
// FyneApp.toml and the number of commits as the third field, so that every
// build of main is newer than the one before and the MSI's major upgrade
// replaces it. Windows Installer compares only these three fields, and the
// third must stay below 65536.
func msiVersion(fyneApp, commits string) (string, error) {
	data, err := os.ReadFile(fyneApp)
	if err != nil {
		return "", err
	}
	m := regexp.MustCompile(`(?m)^Version\s*=\s*"(\d+)\.(\d+)(?:\.\d+)?"`).FindSubmatch(data)
	if m == nil {
		return "", fmt.Errorf("%s: no Version = \"X.Y.Z\"", fyneApp)
	}
	n, err := strconv.Atoi(commits)
	if err != nil || n < 0 || n > 65535 {
		return "", fmt.Errorf("commit count %q is not a number from 0 to 65535", commits)
	}
	return fmt.Sprintf("%s.%s.%d", m[1], m[2], n), nil
}
