package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// root is the repository, where packaging/ and FyneApp.toml are.
const root = "../.."

// The identity every desktop must agree on.
const (
	appID       = "se.samverka.app"
	mimeType    = "application/x-samverka"
	extension   = "samverka"
	description = "Samverka-rådsfil"
)

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, path))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestFyneAppIDIsTheDesktopsID(t *testing.T) {
	if !bytes.Contains(read(t, "FyneApp.toml"), []byte(`ID = "`+appID+`"`)) {
		t.Errorf("FyneApp.toml's ID is not %s, which the .desktop file and icons are named after", appID)
	}
}

// desktopEntry parses a .desktop file's [Desktop Entry] group.
func desktopEntry(t *testing.T, data []byte) map[string]string {
	t.Helper()
	keys := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	group := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("not a key=value line: %q", line)
			}
			if group == "[Desktop Entry]" {
				keys[k] = v
			}
		}
	}
	return keys
}

func TestLinuxDesktopEntry(t *testing.T) {
	e := desktopEntry(t, read(t, "packaging/linux/se.samverka.app.desktop"))
	want := map[string]string{
		"Type": "Application", "Name": "Samverka", "Icon": appID, "Terminal": "false",
		"Exec": "samverka %f", "MimeType": mimeType + ";", "StartupWMClass": "Samverka",
	}
	for k, v := range want {
		if e[k] != v {
			t.Errorf("%s=%q, want %q", k, e[k], v)
		}
	}
	if e["Comment[sv]"] == "" || e["GenericName[sv]"] == "" {
		t.Error("the menu entry has no Swedish comment or generic name")
	}
	validate, err := exec.LookPath("desktop-file-validate")
	if err != nil {
		t.Fatal("desktop-file-validate is missing: run scripts/sysdeps.sh test")
	}
	if out, err := exec.Command(validate, filepath.Join(root, "packaging/linux/se.samverka.app.desktop")).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("desktop-file-validate: %v\n%s", err, out)
	}
}

type mimeComment struct {
	Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Text string `xml:",chardata"`
}

type mimeInfo struct {
	Types []struct {
		Type     string        `xml:"type,attr"`
		Comments []mimeComment `xml:"comment"`
		Icon     struct {
			Name string `xml:"name,attr"`
		} `xml:"icon"`
		Globs []struct {
			Pattern string `xml:"pattern,attr"`
		} `xml:"glob"`
	} `xml:"mime-type"`
}

func TestLinuxMimeType(t *testing.T) {
	var m mimeInfo
	if err := xml.Unmarshal(read(t, "packaging/linux/samverka-mime.xml"), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Types) != 1 || m.Types[0].Type != mimeType {
		t.Fatalf("mime types %+v, want one %s", m.Types, mimeType)
	}
	mt := m.Types[0]
	if len(mt.Globs) != 1 || mt.Globs[0].Pattern != "*."+extension {
		t.Errorf("globs %+v", mt.Globs)
	}
	if mt.Icon.Name != "application-x-samverka" {
		t.Errorf("icon %q", mt.Icon.Name)
	}
	sv := slices.IndexFunc(mt.Comments, func(c mimeComment) bool { return c.Lang == "sv" })
	if sv < 0 || mt.Comments[sv].Text != description {
		t.Errorf("no Swedish comment %q: %+v", description, mt.Comments)
	}
}

// TestInstallDesktop installs into a temporary prefix, as make
// install-desktop does into ~/.local, and asks shared-mime-info's own
// database what a .samverka file is.
func TestInstallDesktop(t *testing.T) {
	if _, err := exec.LookPath("update-mime-database"); err != nil {
		t.Fatal("update-mime-database is missing: run scripts/sysdeps.sh test")
	}
	prefix := filepath.Join(t.TempDir(), "Mina program")
	program := filepath.Join(t.TempDir(), "samverka")
	if err := os.WriteFile(program, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(root, "scripts/install-desktop.sh"), prefix, program)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("install-desktop.sh: %v\n%s", err, out)
	}
	share := filepath.Join(prefix, "share")
	for _, f := range []string{
		"../bin/samverka",
		"applications/se.samverka.app.desktop",
		"mime/packages/samverka.xml",
		"icons/hicolor/512x512/apps/se.samverka.app.png",
		"icons/hicolor/256x256/mimetypes/application-x-samverka.png",
	} {
		if _, err := os.Stat(filepath.Join(share, f)); err != nil {
			t.Error(err)
		}
	}
	e := desktopEntry(t, mustRead(t, filepath.Join(share, "applications/se.samverka.app.desktop")))
	if want := `"` + filepath.Join(prefix, "bin/samverka") + `" %f`; e["Exec"] != want {
		t.Errorf("installed Exec=%s, want %s", e["Exec"], want)
	}
	globs := string(mustRead(t, filepath.Join(share, "mime/globs2")))
	if !strings.Contains(globs, mimeType+":*."+extension) {
		t.Errorf("the mime database does not map *.%s to %s:\n%s", extension, mimeType, globs)
	}
	if _, err := os.Stat(filepath.Join(share, "mime", mimeType+".xml")); err != nil {
		t.Error(err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// plist is one value of an Apple property list.
type plist struct {
	XMLName xml.Name
	Text    string  `xml:",chardata"`
	Items   []plist `xml:",any"`
}

// get returns the value of key in a <dict>.
func (p plist) get(t *testing.T, key string) plist {
	t.Helper()
	for i := 0; i+1 < len(p.Items); i += 2 {
		if p.Items[i].XMLName.Local == "key" && p.Items[i].Text == key {
			return p.Items[i+1]
		}
	}
	t.Fatalf("no key %s in %s", key, p.XMLName.Local)
	return plist{}
}

func (p plist) strings() []string {
	var s []string
	for _, it := range p.Items {
		s = append(s, it.Text)
	}
	return s
}

func TestMacDocumentTypes(t *testing.T) {
	var doc struct {
		Dict plist `xml:"dict"`
	}
	if err := xml.Unmarshal(read(t, "packaging/macos/DocumentTypes.plist"), &doc); err != nil {
		t.Fatal(err)
	}
	const uti = "se.samverka.council"
	types := doc.Dict.get(t, "CFBundleDocumentTypes")
	if len(types.Items) != 1 {
		t.Fatalf("%d document types, want 1", len(types.Items))
	}
	dt := types.Items[0]
	for k, v := range map[string]string{
		"CFBundleTypeName": description, "CFBundleTypeRole": "Editor",
		"LSHandlerRank": "Owner", "CFBundleTypeIconFile": "samverka-file.icns",
	} {
		if got := dt.get(t, k).Text; got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if got := dt.get(t, "LSItemContentTypes").strings(); !slices.Equal(got, []string{uti}) {
		t.Errorf("LSItemContentTypes %v", got)
	}
	exported := doc.Dict.get(t, "UTExportedTypeDeclarations")
	if len(exported.Items) != 1 {
		t.Fatalf("%d exported types, want 1", len(exported.Items))
	}
	ut := exported.Items[0]
	if ut.get(t, "UTTypeIdentifier").Text != uti || ut.get(t, "UTTypeIconFile").Text != "samverka-file.icns" {
		t.Error("the exported type is not se.samverka.council with the file icon")
	}
	if got := ut.get(t, "UTTypeConformsTo").strings(); !slices.Equal(got, []string{"public.data"}) {
		t.Errorf("UTTypeConformsTo %v", got)
	}
	tags := ut.get(t, "UTTypeTagSpecification")
	if got := tags.get(t, "public.filename-extension").strings(); !slices.Equal(got, []string{extension}) {
		t.Errorf("extensions %v", got)
	}
	if got := tags.get(t, "public.mime-type").Text; got != mimeType {
		t.Errorf("mime type %q", got)
	}
}

// TestWindowsInstaller pins what must not drift in the installer's source:
// the UpgradeCode (a new one would install beside older versions instead of
// replacing them), the per-user scope and the file type.
func TestWindowsInstaller(t *testing.T) {
	wxs := string(read(t, "packaging/windows/Samverka.wxs"))
	for _, want := range []string{
		`UpgradeCode="ADAC8334-5416-4318-9422-5A4F6B1A8F52"`,
		`InstallScope="perUser"`,
		`<Property Id="ALLUSERS" Value="2"/>`,
		`<Property Id="MSIINSTALLPERUSER" Value="1"/>`,
		`<MajorUpgrade `,
		`Key=".samverka" Type="string" Value="Samverka.Council"`,
		`Key="Samverka.Council" Type="string" Value="` + description + `"`,
		`Key="Samverka.Council\DefaultIcon" Type="string" Value="&quot;[#SamverkaFileIcon]&quot;,0"`,
		`Key="Samverka.Council\shell\open\command" Type="string" Value="&quot;[#SamverkaExe]&quot; &quot;%1&quot;"`,
		`<Shortcut Id="StartMenuShortcut" Name="Samverka"`,
	} {
		if !strings.Contains(wxs, want) {
			t.Errorf("Samverka.wxs lacks %s", want)
		}
	}
	if err := xml.Unmarshal([]byte(wxs), new(struct{})); err != nil {
		t.Errorf("Samverka.wxs is not well-formed: %v", err)
	}
}

func TestIcons(t *testing.T) {
	dir := t.TempDir()
	if err := writeIcons(dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"samverka.ico", "samverka-file.ico"} {
		data := mustRead(t, filepath.Join(dir, name))
		var head [3]uint16
		binary.Read(bytes.NewReader(data), binary.LittleEndian, &head)
		if head != [3]uint16{0, 1, uint16(len(icoSizes))} {
			t.Fatalf("%s: header %v", name, head)
		}
		for i, size := range icoSizes {
			entry := data[6+16*i:]
			n := binary.LittleEndian.Uint32(entry[8:])
			off := binary.LittleEndian.Uint32(entry[12:])
			img, err := png.Decode(bytes.NewReader(data[off : off+n]))
			if err != nil {
				t.Fatalf("%s, image %d: %v", name, i, err)
			}
			if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
				t.Errorf("%s: image %d is %v, want %d×%d", name, i, b, size, size)
			}
		}
	}
	// The file icon is a white sheet: its top-left corner inside the sheet
	// is white and outside it is transparent, so it is not the program's icon.
	img, err := png.Decode(bytes.NewReader(mustRead(t, filepath.Join(dir, "samverka-file.png"))))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, a := img.At(10, 10).RGBA(); a != 0 {
		t.Error("the file icon is not transparent outside the sheet")
	}
	if r, g, b, _ := img.At(60, 40).RGBA(); r>>8 != 0xff || g>>8 != 0xff || b>>8 != 0xff {
		t.Error("the file icon's sheet is not white")
	}
}

func TestMSIVersion(t *testing.T) {
	toml := filepath.Join(t.TempDir(), "FyneApp.toml")
	os.WriteFile(toml, []byte("[Details]\nVersion = \"1.4.0\"\nBuild = 1\n"), 0o644)
	if v, err := msiVersion(toml, "154"); err != nil || v != "1.4.154" {
		t.Errorf("msiVersion = %q, %v", v, err)
	}
	for _, bad := range []string{"70000", "-1", "abc"} {
		if _, err := msiVersion(toml, bad); err == nil {
			t.Errorf("commit count %q accepted", bad)
		}
	}
	os.WriteFile(toml, []byte("[Details]\nName = \"Samverka\"\n"), 0o644)
	if _, err := msiVersion(toml, "1"); err == nil {
		t.Error("a FyneApp.toml without a version accepted")
	}
}
