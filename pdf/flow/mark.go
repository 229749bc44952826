package flow

import "strings"

// Mark says that the blocks after it, up to the next Mark, are of an
// information class: a page that holds any of them is marked at its top
// with the class ("INTERN", "EJ OFFENTLIG – OSL 18 kap. 1 §"), as a
// sekretessmarkerad handling is. A Mark of Rank 0 (Öppen) ends the
// classified blocks.
type Mark struct {
	// Rank orders the classes: 0 Öppen, 1 Intern, 2 Ej offentlig. A page
	// holding blocks of several classes is marked with its highest.
	Rank int
	// Label is the class as the marking prints it, "EJ OFFENTLIG".
	Label string
	// Provision is the sekretess provision, "OSL 18 kap. 1 §"; "" for none.
	Provision string
}

func (*Mark) isBlock() {}

// Classes is what a page (or a document) holds of the classes: its
// highest rank, that rank's label and the provisions named at it.
type Classes struct {
	Rank       int
	Label      string
	Provisions []string
}

// Add takes in the blocks of mark m.
func (c *Classes) Add(m *Mark) {
	if m == nil || m.Rank == 0 || m.Rank < c.Rank {
		return
	}
	if m.Rank > c.Rank {
		*c = Classes{Rank: m.Rank, Label: m.Label}
	}
	if p := strings.TrimSpace(m.Provision); p != "" && !contains(c.Provisions, p) {
		c.Provisions = append(c.Provisions, p)
	}
}

// Text is the marking as printed, "EJ OFFENTLIG – OSL 18 kap. 1 §", or ""
// when nothing classified is held.
func (c Classes) Text() string {
	if c.Rank == 0 {
		return ""
	}
	if len(c.Provisions) == 0 {
		return c.Label
	}
	return c.Label + " – " + strings.Join(c.Provisions, ", ")
}

// Classes returns what the whole document holds of the classes.
func (d *Document) Classes() Classes {
	var c Classes
	for _, b := range d.Blocks {
		if m, ok := b.(*Mark); ok {
			c.Add(m)
		}
	}
	return c
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
