package model

// Validate checks one record's fields and returns every problem found, each
// naming its field (the JSON name) and a translatable code.
func Validate(r Record) Problems {
	// TODO(model helper): rules per kind.
	return nil
}

// CheckChange reports whether old may be replaced by new: frozen
// agreements, approved minutes, follow-ups and signatures refuse content
// changes. old is nil for a new record.
func CheckChange(old, new Record) error {
	// TODO(model helper): lifecycle rules.
	return nil
}
