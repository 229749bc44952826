package demo

import (
	"fmt"
	"strings"

	"samverka/model"
)

// sections writes the parts of an agreement Brå asks for, from the
// lägesbild in force and the commitments the agreement includes.
func (g *generator) sections(pic *picture, included []*model.Commitment) model.Sections {
	top := pic.problems[:min(3, len(pic.problems))]
	var problems, causes strings.Builder
	problems.WriteString("Lägesbilden pekar ut följande problem som parterna prioriterar under perioden:")
	causes.WriteString("Parternas gemensamma orsaksanalys visar på följande troliga orsaker.")
	for i, p := range top {
		fmt.Fprintf(&problems, "\n%d. %s – %s.", i+1, p.rec.Title, lowerFirst(p.rec.Where))
		fmt.Fprintf(&causes, "\n\n%s:", p.rec.Title)
		for j, c := range p.causes {
			fmt.Fprintf(&causes, "\n%d.%d %s", i+1, j+1, c.Description)
			for k, s := range p.subs[j] {
				fmt.Fprintf(&causes, "\n%d.%d.%d %s", i+1, j+1, k+1, s.Description)
			}
		}
	}
	goals := "Målen för varje åtgärd anges i åtgärdsplanen (bilaga 2)."
	var b strings.Builder
	n := 0
	for _, c := range included {
		if n == 6 || c.Goal.Indicator == "" {
			continue
		}
		if n == 0 {
			b.WriteString("Parterna har enats om följande avgränsade och mätbara mål:")
		}
		fmt.Fprintf(&b, "\n• %s: från %s till %s senast %s.", c.Goal.Indicator, c.Goal.Baseline, c.Goal.Target, c.Goal.Date)
		n++
	}
	if n > 0 {
		goals = b.String() + "\nÖvriga mål anges för varje åtgärd i åtgärdsplanen (bilaga 2)."
	}
	return model.Sections{
		Background: fmt.Sprintf("Enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete ska kommunen "+
			"samordna det lokala brottsförebyggande arbetet. Överenskommelsen bygger på den gemensamma lägesbilden "+
			"(%s) och på Stockholms stads "+
			"strategi för att förhindra att barn och unga dras in i kriminalitet 2023–2026. Parterna genomför var och "+
			"en inom sitt ansvarsområde de åtgärder som anges nedan och följer upp dem tillsammans.", pic.rec.Title),
		Problems: problems.String(),
		Causes:   causes.String(),
		Goals:    goals,
		Documentation: "Varje part diarieför överenskommelsen och dokumenterar sina åtaganden och genomförda insatser " +
			"i sina egna system. Stadsdelsförvaltningens trygghetssamordnare sammanställer läget inför rådets möten " +
			"och ser till att protokollen justeras och diarieförs. Inga uppgifter om enskilda personer dokumenteras.",
		FollowUp: "Åtagandena följs upp vid varje sammanträde i det lokala brottsförebyggande rådet med status och " +
			"trafikljus. En gång om året sammanställs en samlad uppföljning som redovisas för stadsdelsnämnden och " +
			"lokalpolisområdets ledning och som ligger till grund för nästa lägesbild.",
	}
}

// annexes lists the agreement's annexes.
func annexes(pic *picture, from, to model.Date, promises bool) []model.Annex {
	out := []model.Annex{
		{Kind: model.AnnexSituation, Title: pic.rec.Title, Description: "Den gemensamma lägesbilden som överenskommelsen bygger på."},
		{Kind: model.AnnexPlan, Title: fmt.Sprintf("Åtgärdsplan %d–%d", from.Year(), to.Year()), Description: "Åtgärderna med ansvarig aktör, tidplan och mål."},
		{Kind: model.AnnexCommunication, Title: "Kommunikationsplan", Description: "Hur parterna informerar boende, medarbetare och media om arbetet."},
	}
	if promises {
		out = append(out, model.Annex{Kind: model.AnnexPromise, Title: fmt.Sprintf("Medborgarlöfte %d", from.Year()),
			Description: "Löftena som polisen och stadsdelsförvaltningen ger de boende."})
	}
	return out
}

// promises returns a medborgarlöfte from the district and the police.
func (g *generator) promises(district, police *model.Part) []model.Promise {
	both := []string{district.ID, police.ID}
	all := []model.Promise{
		{Text: "Polisen och stadsdelsförvaltningen genomför gemensamma trygghetsvandringar med boende i Vårberg och Sätra.",
			Quantity: "8 trygghetsvandringar per år", ExpectedEffect: "Fler boende upplever att det är tryggt att gå ute på kvällen.", PartIDs: both},
		{Text: "Polisen är synlig vid tunnelbanestationerna i Skärholmen och Bredäng fredag och lördag kväll.",
			Quantity: "minst 40 pass per halvår", ExpectedEffect: "Färre ordningsstörningar och ökad trygghet vid stationerna.", PartIDs: []string{police.ID}},
		{Text: "Stadsdelsförvaltningen håller fritidsgården i Sätra öppen till klockan 23 under skolloven.",
			Quantity: "alla lovveckor", ExpectedEffect: "Fler unga har en trygg plats att vara på under loven.", PartIDs: []string{district.ID}},
		{Text: "Vi redovisar hur det har gått för de boende vid öppna möten.",
			Quantity: "2 öppna möten per år", ExpectedEffect: "De boende vet vad som görs och kan påverka arbetet.", PartIDs: both},
	}
	return all[:g.between(3, 4)]
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'A' && r[1] <= 'Z' {
		return s // an abbreviation
	}
	// Place names keep their capital.
	for _, a := range districtAreas {
		if strings.HasPrefix(s, a[0]) || strings.HasPrefix(s, a[1]) {
			return s
		}
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}
