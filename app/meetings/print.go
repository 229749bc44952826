package meetings

import (
	"strings"
	"time"

	"github.com/samber/lo"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
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
		e.ui.ShowError(err)
		return
	}
	// "2026:4" would lose its colon to a space; a dash reads better.
	base := strings.ReplaceAll(session.Tr(nameKey)+" "+kit.MeetingName(e.mt), ":", "-")
	if e.public.Checked {
		base = session.Tr("class.publicFileName", map[string]any{"Name": base})
	}
	e.ui.OpenPDF(session.PDFFileName(base, 0), data, warnings)
}

// pdfInput gathers what the documents need from the view and the
// follow-ups read when the meeting was opened.
func (e *meetingEditor) pdfInput() pdf.MeetingInput {
	v := e.ui.Doc.View
	in := pdf.MeetingInput{
		Council:         e.ui.Doc.Store.Council(),
		Meeting:         e.mt,
		Parts:           lo.Values(v.Parts),
		Representatives: lo.Values(v.Representatives),
		ProgramVersion:  e.ui.Opt.Version,
		Lang:            session.Language(e.ui.Prefs),
		Public:          e.public.Checked,
	}
	for _, row := range v.Rows {
		in.Commitments = append(in.Commitments, row.C)
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
	msg := session.Tr("meetingEditor.approveMessage", map[string]any{"Meeting": kit.MeetingName(e.mt)})
	if len(e.mt.AdjusterIDs) == 0 {
		msg += "\n\n" + session.Tr("meetingEditor.noAdjusters")
	}
	e.ui.Confirm("meetingEditor.approveTitle", msg, "meetingEditor.approve", e.approveNow)
}

// approveNow approves the minutes without asking; approval cannot be
// undone, since approved minutes are never changed.
func (e *meetingEditor) approveNow() {
	err := e.save("", func(next *model.Meeting) error {
		next.Approve(time.Now())
		return nil
	})
	if err != nil {
		e.ui.ShowError(err)
	}
}
