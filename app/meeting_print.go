package app

import (
	"strings"
	"time"

	"samverka/model"
	"samverka/pdf"
)

// The meeting's printed documents, made from what the file holds now.
func (e *meetingEditor) onInvitation() {
	e.print("meetingEditor.invitation", pdf.Invitation)
}

func (e *meetingEditor) onAttendanceList() {
	e.print("meetingEditor.attendanceList", pdf.AttendanceList)
}

func (e *meetingEditor) onMinutesPDF() { e.print("meetingEditor.minutesPDF", pdf.Minutes) }

// print makes one of the meeting's documents, writes it beside the
// council's file as "Protokoll Rådsmöte 2026-1.pdf" and opens it.
func (e *meetingEditor) print(nameKey string, make func(pdf.MeetingInput) ([]byte, pdf.Warnings, error)) {
	data, warnings, err := make(e.pdfInput())
	if err != nil {
		e.ui.showError(err)
		return
	}
	// "2026:4" would lose its colon to a space; a dash reads better.
	name := pdfFileName(strings.ReplaceAll(tr(nameKey)+" "+meetingName(e.mt), ":", "-"), 0)
	e.lastPDF = e.ui.openPDF(name, data, warnings)
}

// pdfInput gathers what the documents need from the view and the
// follow-ups read when the meeting was opened.
func (e *meetingEditor) pdfInput() pdf.MeetingInput {
	v := e.ui.doc.view
	in := pdf.MeetingInput{
		Council:         e.ui.doc.store.Council(),
		Meeting:         e.mt,
		Parts:           mapValues(v.parts),
		Representatives: mapValues(v.representatives),
		ProgramVersion:  e.ui.opt.Version,
		Lang:            Language(e.ui.prefs),
	}
	for _, row := range v.rows {
		in.Commitments = append(in.Commitments, row.c)
	}
	for _, list := range e.history {
		for _, f := range list {
			if f.MeetingID == e.mt.ID {
				in.FollowUps = append(in.FollowUps, f)
			}
		}
	}
	return in
}

// onApprove asks, then approves (justerar) the minutes: from then on they
// are locked, every field is read-only and the fingerprint is shown.
func (e *meetingEditor) onApprove() {
	if e.locked() {
		return
	}
	msg := tr("meetingEditor.approveMessage", map[string]any{"Meeting": meetingName(e.mt)})
	if len(e.mt.AdjusterIDs) == 0 {
		msg += "\n\n" + tr("meetingEditor.noAdjusters")
	}
	e.ui.confirm("meetingEditor.approveTitle", msg, "meetingEditor.approve", e.approveNow)
}

// approveNow approves the minutes without asking; approval cannot be
// undone, since approved minutes are never changed.
func (e *meetingEditor) approveNow() {
	err := e.save("", func(next *model.Meeting) error {
		next.Approve(time.Now())
		return nil
	})
	if err != nil {
		e.ui.showError(err)
	}
}
