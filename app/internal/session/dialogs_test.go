package session_test

import (
	"strings"
	"testing"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestErrorTextNamesKindsOfRecords: a problem with a record read "av
// slaget parts", the data file's bucket; the user reads "aktörer".
func TestErrorTextNamesKindsOfRecords(t *testing.T) {
	sessiontest.New(t)
	got := session.ErrorText(model.Errorf(model.CodeUnknownRef, "Kind", string(model.KindPart), "ID", "p1", "Field", "kind", "Target", "x"))
	if !strings.Contains(got, "i listan över aktörer") || strings.Contains(got, "parts") {
		t.Errorf("the message reads %q", got)
	}
}
