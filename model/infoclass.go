package model

import "strings"

// InfoClass is an information class (informationsklass): who may read a
// part of the lägesbild, the plan or the minutes. Police material in a
// lägesbild is often not public, so each part says what it is, and a
// public version of a document leaves out all but the open parts.
type InfoClass string

// The information classes. The empty class is Öppen, so that records made
// before classes existed are open, as they were printed.
const (
	ClassOpen     InfoClass = ""          // Öppen: may be published
	ClassInternal InfoClass = "intern"    // Intern: for the council and its parties
	ClassSecret   InfoClass = "sekretess" // Ej offentlig: covered by sekretess (a named provision)
)

// InfoClasses lists the classes in the order they are offered.
var InfoClasses = []InfoClass{ClassOpen, ClassInternal, ClassSecret}

// Valid reports whether c is a known class.
func (c InfoClass) Valid() bool { return oneOf(c, InfoClasses) }

// Rank orders the classes from open (0) to most restricted (2), so that a
// document's marking can be its most restricted part's.
func (c InfoClass) Rank() int {
	switch c {
	case ClassInternal:
		return 1
	case ClassSecret:
		return 2
	}
	return 0
}

// Marking is the information class of one record or part of a record, and
// for Ej offentlig the sekretess provision it rests on, as the user names
// it ("OSL 18 kap. 1 §"). It is embedded in every classified type, so its
// fields read as the type's own: "class" and "provision".
type Marking struct {
	Class     InfoClass `json:"class,omitempty"`
	Provision string    `json:"provision,omitempty"`
}

// Public reports whether the part may be printed in a public version.
func (m Marking) Public() bool { return m.Class == ClassOpen }

// Stricter returns the more restricted of m and o (m when they rank alike).
func (m Marking) Stricter(o Marking) Marking {
	if o.Class.Rank() > m.Class.Rank() {
		return o
	}
	return m
}

// The validation codes of a marking.
const (
	// CodeProvisionMissing: Ej offentlig without the sekretess provision
	// it rests on.
	CodeProvisionMissing = "class.provision.missing"
	// CodeProvisionUnused: a provision on a part that is not Ej
	// offentlig, which would print as if it were.
	CodeProvisionUnused = "class.provision.unused"
)

// check validates a marking found at prefix ("" or "tables[2]."): a known
// class, and a provision for Ej offentlig and only for it.
func (m Marking) check(c *checker, prefix string) {
	c.choice(prefix+"class", m.Class != ClassOpen, m.Class.Valid(), false)
	switch {
	case m.Class == ClassSecret && strings.TrimSpace(m.Provision) == "":
		c.add(prefix+"provision", CodeProvisionMissing)
	case m.Class != ClassSecret && strings.TrimSpace(m.Provision) != "":
		c.add(prefix+"provision", CodeProvisionUnused)
	}
}

// texts adds the marking's free text (the provision) at prefix.
func (m Marking) texts(t *texts, prefix string) {
	t.add(prefix+"provision", m.Provision, MaxName)
}
