package exchange

import (
	"strings"

	"samverka/model"
)

// resolve turns the names a row gives for its part, contact person and
// method into ids. It returns the first problem and the position of the
// column it is about.
func (x *importer) resolve(st *rowState) (*model.Error, int) {
	var partID *string
	switch r := st.rec.(type) {
	case *model.Representative:
		partID = &r.PartID
	case *model.Commitment:
		partID = &r.PartID
	default:
		return nil, -1
	}
	if err, col := x.resolvePart(st, partID); err != nil {
		return err, col
	}
	c, ok := st.rec.(*model.Commitment)
	if !ok {
		return nil, -1
	}
	if st.contact != nil {
		id, err := x.person(*st.contact, c.PartID)
		if err != nil {
			return err, x.colByKey("exchange.col.contact")
		}
		c.ContactID = id
	}
	if st.method != nil {
		id, err := x.method(*st.method)
		if err != nil {
			return err, x.colByKey("exchange.col.method")
		}
		c.MethodID = id
	}
	return nil, -1
}

// resolvePart sets *partID from the row's part name, or from its part id
// when the name is empty. The name wins because it is what a person
// edits; the id only tells apart parts of the same name. A row with
// neither column keeps the part it had.
func (x *importer) resolvePart(st *rowState, partID *string) (*model.Error, int) {
	if st.partName == nil && st.partID == nil {
		return nil, -1
	}
	var name, id string
	if st.partName != nil {
		name = strings.TrimSpace(*st.partName)
	}
	if st.partID != nil {
		id = strings.TrimSpace(*st.partID)
	}
	nameCol, idCol := x.colByKey("exchange.col.part"), x.colByKey("exchange.col.partId")
	switch {
	case name != "":
		found := x.byName[fold(name)]
		switch {
		case len(found) == 1:
			*partID = found[0].ID
		case len(found) == 0:
			return model.FieldErr("partId", CodeUnknownPart, "Name", name), nameCol
		default:
			for _, p := range found {
				if p.ID == id {
					*partID = id
					return nil, -1
				}
			}
			return model.FieldErr("partId", CodeAmbiguousPart, "Name", name), nameCol
		}
	case id != "":
		if x.parts[id] == nil {
			return model.FieldErr("partId", CodeUnknownPart, "Name", id), idCol
		}
		*partID = id
	default:
		*partID = ""
	}
	return nil, -1
}

// person returns the id of the part's live representative called name;
// the empty name is no contact person.
func (x *importer) person(name, partID string) (string, *model.Error) {
	if name == "" {
		return "", nil
	}
	var found []string
	for _, r := range x.people {
		if r.PartID == partID && fold(r.Name) == fold(name) {
			found = append(found, r.ID)
		}
	}
	if len(found) != 1 {
		part := ""
		if p := x.parts[partID]; p != nil {
			part = p.Name
		}
		return "", model.FieldErr("contactId", CodeUnknownPerson, "Name", name, "Part", part)
	}
	return found[0], nil
}

// method returns the id of the method called name (or with that id); the
// empty name is no method.
func (x *importer) method(name string) (string, *model.Error) {
	if name == "" {
		return "", nil
	}
	for _, m := range x.methods {
		if fold(m.Name) == fold(name) || m.ID == name {
			return m.ID, nil
		}
	}
	return "", model.FieldErr("methodId", CodeUnknownMethod, "Name", name)
}

// colByKey returns the position of the column with header key, or -1.
func (x *importer) colByKey(key string) int {
	for i, c := range x.cols {
		if c != nil && c.key == key {
			return i
		}
	}
	return -1
}
