package model

import "strconv"

// ClauseKind names a standard clause of an agreement.
type ClauseKind string

// The standard clauses a kommunjurist expects in a samverkansöverenskommelse,
// in the order they are printed.
const (
	ClausePurpose      ClauseKind = "syfte"
	ClauseOrganisation ClauseKind = "organisation"
	ClauseContacts     ClauseKind = "kontaktfunktioner"
	ClauseSecrecy      ClauseKind = "sekretess"
	ClausePersonalData ClauseKind = "personuppgifter"
	ClauseCosts        ClauseKind = "ekonomi"
	ClauseRevision     ClauseKind = "revidering"
	ClauseValidity     ClauseKind = "giltighet"
	ClauseCopies       ClauseKind = "exemplar"
	ClauseOther        ClauseKind = "ovrig" // a clause the chair adds
)

// ClauseKinds lists the standard clauses in order.
var ClauseKinds = []ClauseKind{
	ClausePurpose, ClauseOrganisation, ClauseContacts, ClauseSecrecy, ClausePersonalData,
	ClauseCosts, ClauseRevision, ClauseValidity, ClauseCopies,
}

// Clause is one clause of an agreement: a heading and its text. A standard
// clause has its kind; its heading may be left empty to print the standard
// one.
type Clause struct {
	Kind  ClauseKind `json:"kind,omitempty"`
	Title string     `json:"title,omitempty"`
	Text  string     `json:"text,omitempty"`
}

// ClauseTitle returns the standard heading of a clause kind, in Swedish as
// it is printed.
func ClauseTitle(k ClauseKind) string {
	switch k {
	case ClausePurpose:
		return "Syfte"
	case ClauseOrganisation:
		return "Organisation för samverkan"
	case ClauseContacts:
		return "Kontaktfunktioner"
	case ClauseSecrecy:
		return "Informationsutbyte och sekretess"
	case ClausePersonalData:
		return "Personuppgifter"
	case ClauseCosts:
		return "Ekonomi"
	case ClauseRevision:
		return "Revidering och uppsägning"
	case ClauseValidity:
		return "Giltighet"
	case ClauseCopies:
		return "Antal exemplar"
	}
	return ""
}

// Heading returns the clause's heading: its own, else the standard one.
func (c Clause) Heading() string {
	if c.Title != "" {
		return c.Title
	}
	return ClauseTitle(c.Kind)
}

// DefaultClauses returns the standard clauses with the texts a new
// agreement starts from, for the chair to edit. signing is the number of
// signing parties, which the clause on copies names.
func DefaultClauses(signing int) []Clause {
	copies := "Överenskommelsen har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt."
	if signing > 2 {
		copies = "Överenskommelsen har upprättats i " + swedishCount(signing) +
			" likalydande exemplar, av vilka parterna tagit var sitt."
	}
	texts := map[ClauseKind]string{
		ClausePurpose: "Syftet med överenskommelsen är att parterna genom strukturerad samverkan ska " +
			"förebygga brott och öka tryggheten i området. Parterna åtar sig att utifrån en gemensam " +
			"lägesbild genomföra de åtgärder som anges i överenskommelsen och att följa upp dem tillsammans.",
		ClauseOrganisation: "Samverkan leds av en styrgrupp med beslutsfattare från de undertecknande " +
			"parterna, som träffas minst två gånger per år. En beredningsgrupp med parternas " +
			"samordnare förbereder styrgruppens möten och träffas minst fyra gånger per år. " +
			"Arbetsgrupper för enskilda åtgärder tillsätts av styrgruppen och träffas efter behov.",
		ClauseContacts: "Varje part utser en kontaktperson för överenskommelsen. Polismyndighetens " +
			"kontaktfunktion är kommunpolisen i lokalpolisområdet; kommunens kontaktfunktion är " +
			"den brottsförebyggande samordnaren. Parterna meddelar varandra när en kontaktperson byts.",
		ClauseSecrecy: "Parterna utbyter information i den utsträckning som offentlighets- och " +
			"sekretesslagen (2009:400) och annan lagstiftning medger. Överenskommelsen innebär inte " +
			"att sekretessbelagda uppgifter lämnas ut i andra fall än lagen tillåter. Uppgifter om " +
			"enskilda lämnas endast med stöd av en sekretessbrytande bestämmelse eller med samtycke.",
		ClausePersonalData: "Varje part ansvarar för sin egen behandling av personuppgifter enligt " +
			"dataskyddsförordningen och kompletterande lagstiftning. Samverkan enligt " +
			"överenskommelsen sker på en övergripande nivå och kräver ingen behandling av " +
			"personuppgifter om enskilda utöver kontaktuppgifter till parternas företrädare.",
		ClauseCosts: "Varje part bär sina egna kostnader för arbetet enligt överenskommelsen, om " +
			"parterna inte kommer överens om annat i särskild ordning.",
		ClauseRevision: "Överenskommelsen följs upp årligen och kan revideras när parterna är " +
			"överens om det. Ändringar och tillägg ska vara skriftliga och undertecknade av samtliga " +
			"parter. En part kan säga upp överenskommelsen skriftligen med tre månaders uppsägningstid.",
		ClauseValidity: "Överenskommelsen gäller från och med den dag den undertecknats av samtliga " +
			"parter och under den giltighetstid som anges ovan.",
		ClauseCopies: copies,
	}
	out := make([]Clause, len(ClauseKinds))
	for i, k := range ClauseKinds {
		out[i] = Clause{Kind: k, Text: texts[k]}
	}
	return out
}

// swedishCount writes small counts in words, as agreements do.
func swedishCount(n int) string {
	words := []string{"noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}
