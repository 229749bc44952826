package pdf

// sampleMeetingDocs returns the meeting documents TestSamples writes.
func sampleMeetingDocs() map[string]func() ([]byte, Warnings, error) {
	return map[string]func() ([]byte, Warnings, error){
		"invitation":    func() ([]byte, Warnings, error) { return Invitation(testMeeting(0, false)) },
		"attendance":    func() ([]byte, Warnings, error) { return AttendanceList(testMeeting(0, false)) },
		"minutes":       func() ([]byte, Warnings, error) { return Minutes(testMeeting(12, true)) },
		"minutes-draft": func() ([]byte, Warnings, error) { return Minutes(testMeeting(5, false)) },
	}
}
