package pdf

import (
	"sync"
	"time"
	// The time zone database is embedded: Windows has none that Go reads.
	_ "time/tzdata"
)

var (
	zoneOnce  sync.Once
	stockholm *time.Location
)

// swedishTime returns Sweden's time zone. Should the zone database be
// missing, it falls back to a fixed UTC+01:00 rather than to UTC, so a
// winter time of signing is still printed right.
func swedishTime() *time.Location {
	zoneOnce.Do(func() {
		loc, err := time.LoadLocation("Europe/Stockholm")
		if err != nil {
			loc = time.FixedZone("CET", 60*60)
		}
		stockholm = loc
	})
	return stockholm
}

// stamp formats t as "2026-03-14 18:05" in Swedish time; "" for no time.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(swedishTime()).Format("2006-01-02 15:04")
}

// clockAdd returns the time of day hh:mm moved by minutes, and whether
// hh:mm was a time of day at all.
func clockAdd(hhmm string, minutes int) (string, bool) {
	t, err := time.Parse("15:04", hhmm)
	if err != nil {
		return "", false
	}
	return t.Add(time.Duration(minutes) * time.Minute).Format("15:04"), true
}
