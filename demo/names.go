package demo

import (
	"strings"
	"unicode"
)

// person is a made-up name. Given and family make the e-mail address; full
// is the name as the person writes it.
type person struct {
	given, family, full string
}

// namedFirst are the people the demo council always has, in the order the
// key roles are handed out: chair, secretary, police chief, kommunpolis …
var namedFirst = []person{
	{"Åsa", "Öberg", "Åsa Öberg"},
	{"Jörgen", "Ärlig", "Jörgen Ärlig"},
	{"Łukasz", "Wiśniewski", "Łukasz Wiśniewski"},
	{"Ayşe", "Yılmaz", "Ayşe Yılmaz"},
	{"Çağrı", "Doğan", "Çağrı Doğan"},
	{"Hương", "Nguyễn", "Nguyễn Thị Hương"},
	{"Đức", "Trần", "Trần Văn Đức"},
	{"Zeynep", "Şahin", "Zeynep Şahin"},
	{"Ahmed", "Al-Sayed", "Ahmed Al-Sayed"},
	{"Fatuma", "Abdi", "Fatuma Abdi"},
	{"Mikael", "Jääskeläinen", "Mikael Jääskeläinen"},
	{"Inés", "Sánchez", "Inés Sánchez"},
	{"Guðrún", "Ólafsdóttir", "Guðrún Ólafsdóttir"},
}

// background is a naming tradition: given names by gender and family
// names by gender (the same when the language does not inflect them;
// Icelandic patronymics and Polish adjectival names do).
type background struct {
	women, men  []string
	familyF     []string
	familyM     []string // nil: the same as familyF
	middleF     []string // Vietnamese middle names
	middleM     []string
	familyFirst bool // the family name is written first
}

var backgrounds = []background{
	{ // Swedish
		women:   []string{"Anna", "Karin", "Ingrid", "Linnéa", "Ebba", "Sofia", "Lena", "Märta", "Åsa", "Elin", "Birgitta", "Maja"},
		men:     []string{"Björn", "Göran", "Per", "Johan", "Håkan", "Måns", "Olof", "Sören", "Anders", "Erik", "Lars", "Östen"},
		familyF: []string{"Lindström", "Åkesson", "Sjögren", "Nyström", "Bergqvist", "Hägg", "Söderberg", "Wählin", "Ljungqvist", "Strömberg", "Öhman", "Ekström", "Andersson", "Lundgren"},
	},
	{ // Finnish
		women:   []string{"Aino", "Päivi", "Tuula", "Sari", "Riikka", "Hanna"},
		men:     []string{"Jukka", "Eero", "Mikael", "Timo", "Matti", "Jyrki"},
		familyF: []string{"Jääskeläinen", "Mäkinen", "Väisänen", "Hämäläinen", "Heikkilä", "Kärkkäinen", "Pöyhönen"},
	},
	{ // Polish
		women:   []string{"Małgorzata", "Agnieszka", "Zofia", "Katarzyna", "Joanna", "Bożena"},
		men:     []string{"Łukasz", "Krzysztof", "Paweł", "Bartłomiej", "Tomasz", "Wojciech"},
		familyF: []string{"Wiśniewska", "Kowalska", "Dąbrowska", "Nowak", "Wójcik", "Lewandowska", "Zielińska"},
		familyM: []string{"Wiśniewski", "Kowalski", "Dąbrowski", "Nowak", "Wójcik", "Lewandowski", "Zieliński"},
	},
	{ // Turkish
		women:   []string{"Ayşe", "Zeynep", "Elif", "Özlem", "Gülşen", "Şule"},
		men:     []string{"Çağrı", "Mehmet", "Emre", "Gökhan", "Barış", "Oğuz"},
		familyF: []string{"Yılmaz", "Doğan", "Şahin", "Öztürk", "Çelik", "Aydın", "Kılıç", "Güneş"},
	},
	{ // Vietnamese
		women:       []string{"Hương", "Lan", "Thảo", "Linh", "Ngọc", "Mai"},
		men:         []string{"Đức", "Minh", "Quang", "Tuấn", "Hải", "Dũng"},
		familyF:     []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"},
		middleF:     []string{"Thị", "Ngọc", "Thu"},
		middleM:     []string{"Văn", "Minh", "Đình"},
		familyFirst: true,
	},
	{ // Arabic
		women:   []string{"Yasmin", "Layla", "Nour", "Rania", "Amal", "Huda"},
		men:     []string{"Ahmed", "Omar", "Karim", "Hassan", "Samir", "Tariq"},
		familyF: []string{"Al-Sayed", "Haddad", "Khalil", "Al-Masri", "Nasser", "Darwish", "Saleh", "El-Amin"},
	},
	{ // Somali
		women:   []string{"Fatuma", "Hodan", "Ifrah", "Sahra", "Ubah", "Nimco"},
		men:     []string{"Abdirahman", "Mohamed", "Liban", "Abdullahi", "Guled", "Mahad"},
		familyF: []string{"Abdi", "Warsame", "Farah", "Osman", "Jama", "Yusuf", "Egal"},
	},
	{ // Spanish and Latin American
		women:   []string{"Inés", "Lucía", "Ximena", "Sofía", "Begoña", "Mónica"},
		men:     []string{"José", "Andrés", "Martín", "Raúl", "Iñaki", "Sebastián"},
		familyF: []string{"Sánchez", "González", "Muñoz", "Peña", "Ibáñez", "Rodríguez", "Castaño"},
	},
	{ // Icelandic
		women:   []string{"Guðrún", "Sigríður", "Þóra", "Ásdís", "Hildur"},
		men:     []string{"Jón", "Ólafur", "Einar", "Þórður", "Ragnar"},
		familyF: []string{"Ólafsdóttir", "Jónsdóttir", "Sigurðardóttir", "Einarsdóttir", "Gunnarsdóttir"},
		familyM: []string{"Ólafsson", "Jónsson", "Sigurðsson", "Einarsson", "Gunnarsson"},
	},
	{ // Bosnian, Croatian and Serbian
		women:   []string{"Amra", "Jasmina", "Mirela", "Lejla", "Snježana"},
		men:     []string{"Emir", "Dževad", "Edin", "Goran", "Damir"},
		familyF: []string{"Hodžić", "Begović", "Kovačević", "Mehmedović", "Đurić", "Selimović"},
	},
	{ // Persian
		women:   []string{"Shirin", "Parisa", "Maryam", "Nasrin", "Leila"},
		men:     []string{"Dariush", "Reza", "Kourosh", "Babak", "Arash"},
		familyF: []string{"Rahimi", "Karimi", "Tehrani", "Ahmadi", "Hosseini", "Mohammadi"},
	},
	{ // Eritrean and Ethiopian
		women:   []string{"Selam", "Hiwet", "Meron", "Saba", "Tsega"},
		men:     []string{"Yonas", "Dawit", "Tesfaye", "Biniam", "Henok"},
		familyF: []string{"Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhane"},
	},
}

// newPerson returns a made-up person not yet in used.
func (g *generator) newPerson(used map[string]bool) person {
	for _, p := range namedFirst {
		if !used[p.full] {
			used[p.full] = true
			return p
		}
	}
	for {
		p := g.drawPerson(pick(g, backgrounds))
		if !used[p.full] {
			used[p.full] = true
			return p
		}
	}
}

func (g *generator) drawPerson(b background) person {
	woman := g.chance(0.55)
	given := pick(g, b.men)
	if woman {
		given = pick(g, b.women)
	}
	i := g.rng.IntN(len(b.familyF))
	family := b.familyF[i]
	if !woman && b.familyM != nil {
		family = b.familyM[i]
	}
	if b.familyFirst {
		middle := pick(g, b.middleM)
		if woman {
			middle = pick(g, b.middleF)
		}
		return person{given, family, family + " " + middle + " " + given}
	}
	return person{given, family, given + " " + family}
}

// foldTable maps letters with diacritics to their plain ASCII letters.
var foldTable = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'þ': "th", 'ð': "d"}
	for base, variants := range map[string]string{
		"a": "àáâãäåāăąạảấầẩẫậắằẳẵặ",
		"e": "èéêëēėęěẹẻẽếềểễệ",
		"i": "ìíîïīįıịỉĩ",
		"o": "òóôõöøōőơọỏốồổỗộớờởỡợ",
		"u": "ùúûüūůűųưụủứừửữự",
		"y": "ýÿỳỵỷỹ",
		"c": "çćč", "d": "đď", "g": "ğ", "l": "ł", "n": "ñńň",
		"s": "śşšș", "t": "ţťț", "z": "źżž", "r": "ř",
	} {
		for _, r := range variants {
			m[r] = base
		}
	}
	return m
}()

// ascii folds s to lower-case ASCII letters, digits, dots and hyphens, for
// e-mail addresses and web domains.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-'):
			b.WriteRune(r)
		case foldTable[r] != "":
			b.WriteString(foldTable[r])
		}
	}
	return b.String()
}

// looksLikeIDNumber reports whether s holds ten or twelve digits, perhaps
// broken by spaces, hyphens or plus signs, that read as a date followed by
// a Luhn-valid number: what a personnummer or samordningsnummer looks like.
// It is deliberately broader than any real check, so that the demo's
// phone numbers never come near one.
func looksLikeIDNumber(s string) bool {
	var digits []byte
	flush := func() bool {
		defer func() { digits = digits[:0] }()
		for n := 10; n <= 12; n += 2 {
			for i := 0; i+n <= len(digits); i++ {
				w := digits[i : i+n]
				if n == 12 {
					w = w[2:]
				}
				if plausibleDate(w[:6]) && luhn(w) {
					return true
				}
			}
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == ' ' || c == '-' || c == '+':
		default:
			if flush() {
				return true
			}
		}
	}
	return flush()
}

// plausibleDate reports whether YYMMDD could be a birth date, a
// samordningsnummer's day (day + 60) included.
func plausibleDate(d []byte) bool {
	month := int(d[2]-'0')*10 + int(d[3]-'0')
	day := int(d[4]-'0')*10 + int(d[5]-'0')
	if day > 60 {
		day -= 60
	}
	return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// luhn reports whether the digits pass the Luhn check.
func luhn(digits []byte) bool {
	sum := 0
	for i, c := range digits {
		d := int(c - '0')
		if (len(digits)-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// luhnDigit returns the check digit that makes digits+check pass Luhn.
func luhnDigit(digits []byte) byte {
	for c := byte('0'); c <= '9'; c++ {
		if luhn(append(append([]byte{}, digits...), c)) {
			return c
		}
	}
	return '0'
}
