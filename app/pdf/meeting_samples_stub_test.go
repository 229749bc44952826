package pdf

func sampleMeetingDocs() map[string]func() ([]byte, Warnings, error) { return nil }
