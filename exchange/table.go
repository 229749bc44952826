package exchange

import (
	"cmp"
	"slices"
	"strings"

	"samverka/model"
)

// table is one list ready to write: its columns and its live records in
// the order a person reads them.
type table struct {
	kind  model.Kind
	cols  []*column
	recs  []model.Record
	names *names
}

// newTable returns list k of ds. Parts are in name order; representatives
// and commitments by their part's name, then by their own.
func newTable(k model.Kind, ds *model.Dataset, lang string) (*table, error) {
	cols := columns(k)
	if cols == nil {
		return nil, model.Errorf(CodeHeader, "List", string(k))
	}
	t := &table{kind: k, cols: cols, names: newNames(ds)}
	var keys []sortKey
	add := func(r model.Record, part, own string) {
		t.recs = append(t.recs, r)
		keys = append(keys, sortKey{collate(part), collate(own), r.RecordMeta().ID})
	}
	switch k {
	case model.KindPart:
		for _, p := range model.Live(ds.Parts) {
			add(p, "", p.Name)
		}
	case model.KindRepresentative:
		for _, r := range model.Live(ds.Representatives) {
			add(r, t.names.part[r.PartID], r.Name)
		}
	case model.KindCommitment:
		t.names.addOutcomes(ds)
		for _, c := range model.Live(ds.Commitments) {
			add(c, t.names.part[c.PartID], c.Title)
		}
	case model.KindFollowUp:
		t.names.addOutcomes(ds)
		for _, f := range model.Live(ds.FollowUps) {
			c := t.names.commitmentOf(f)
			add(f, t.names.part[c.PartID], c.Title+"\x00"+string(f.Date))
		}
	}
	order := make([]int, len(t.recs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		x, y := keys[a], keys[b]
		return cmp.Or(strings.Compare(x.part, y.part), strings.Compare(x.own, y.own), strings.Compare(x.id, y.id))
	})
	recs := make([]model.Record, len(order))
	for i, j := range order {
		recs[i] = t.recs[j]
	}
	t.recs = recs
	return t, nil
}

type sortKey struct{ part, own, id string }

// collate returns a key that sorts s the Swedish way: case does not
// matter, å, ä and ö come after z, and other accented letters sort with
// their base letter (é with e, ü with y, ł with l).
func collate(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if r, ok := swedishOrder[c]; ok {
			b.WriteRune(r)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// swedishOrder puts å, ä and ö after z and other accented letters with
// their base letter; baseLetter takes every accent off.
var swedishOrder, baseLetter = func() (order, base map[rune]rune) {
	order = map[rune]rune{'å': '{', 'ä': '|', 'æ': '|', 'ö': '}', 'ø': '}', 'ü': 'y', 'ý': 'y'}
	base = map[rune]rune{'å': 'a', 'ä': 'a', 'æ': 'a', 'ö': 'o', 'ø': 'o', 'ü': 'u', 'ý': 'y'}
	for letter, accented := range map[rune]string{
		'a': "áàâãā", 'c': "çćč", 'd': "đď", 'e': "éèêëēěễệ", 'g': "ğ", 'i': "íìîïıī",
		'l': "łľ", 'n': "ñńň", 'o': "óòôõōơ", 'r': "ř", 's': "śşšß", 't': "ť", 'u': "úùûūưů",
		'z': "źżž",
	} {
		for _, c := range accented {
			order[c], base[c] = letter, letter
		}
	}
	return order, base
}()
