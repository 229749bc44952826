package main

import (
	"samverka/model"
	"samverka/pdf"
	"samverka/pdf/flow"
)

// reportFlow is the uppföljningsrapport for the period --from–--to as of
// --today, laid out for Word.
func reportFlow(ds *model.Dataset, _ string, o pdfOptions) (*flow.Document, error) {
	in := pdf.ReportInputFrom(ds, o.from, o.to, o.today)
	in.ProgramVersion, in.Lang = version, o.lang
	return pdf.ReportFlow(in)
}
