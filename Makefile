# Samverka — the two commands a person needs are `make run` and `make test`.
# Everything else here is for the engineers.

GO        ?= go
export PATH := $(PATH):/usr/local/go/bin
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
BIN       := bin
FILE      ?=

.PHONY: run build cli test vet fmt-check bench windows windows-smoke msi install-desktop package clean sysdeps sysdeps-test sysdeps-windows

## run: build and start the desktop program (make run FILE=path/to/council.samverka)
run: sysdeps build
	./$(BIN)/samverka $(FILE)

build: sysdeps
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/samverka ./cmd/samverka

## cli: the headless program; builds without cgo
cli:
	CGO_ENABLED=0 $(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/samverka-cli ./cmd/samverka-cli

## test: every test, including the UI tests and the screenshot smoke test under Xvfb
test: sysdeps-test vet fmt-check
	$(GO) test -count=1 -timeout 30m ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

## bench: benchmarks and the budgets of DESIGN.md as ratios
bench: sysdeps-test
	scripts/bench.sh

## windows: cross-compile the Windows GUI program (needs gcc-mingw-w64-x86-64)
windows:
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	  $(GO) build -ldflags "$(LDFLAGS) -H windowsgui" -o dist/Samverka.exe ./cmd/samverka

## windows-smoke: run the Windows programs under Wine (CLI, GUI, installer);
## see scripts/windows-smoke.sh. Needs the packages of `scripts/sysdeps.sh windows`.
windows-smoke: sysdeps-windows windows msi
	scripts/windows-smoke.sh

## msi: dist/Samverka.msi, the Windows installer, built with wixl (msitools)
## from packaging/windows/Samverka.wxs. Its version is FyneApp.toml's major
## and minor with the number of commits, so every build of main is newer.
msi: sysdeps-windows windows
	$(GO) run ./cmd/samverka-pack icons build/icons
	wixl -a x64 -D Version=$$($(GO) run ./cmd/samverka-pack version FyneApp.toml $$(git rev-list --count HEAD 2>/dev/null || echo 0)) \
	  -D Describe=$(VERSION) -D Exe=dist/Samverka.exe -D Icons=build/icons \
	  -o dist/Samverka.msi packaging/windows/Samverka.wxs
	@ls -l dist/Samverka.msi

## install-desktop: install Samverka for this user on Linux: the program in
## ~/.local/bin, its menu entry, the .samverka file type and its icons
## (PREFIX=/usr/local as root for everyone).
PREFIX ?= $(HOME)/.local
install-desktop: build
	scripts/install-desktop.sh "$(PREFIX)" $(BIN)/samverka

## package: dist/Samverka.exe with icon and version (cross-compiled with mingw-w64);
## on a Mac also dist/Samverka.app. fyne package reads FyneApp.toml from the source folder.
FYNE_TOOL := fyne.io/tools/cmd/fyne@v1.7.4
package: sysdeps-test
	GOBIN=$(CURDIR)/bin $(GO) install $(FYNE_TOOL)
	sed 's|^Icon = "assets/|Icon = "../../assets/|' FyneApp.toml > cmd/samverka/FyneApp.toml
	mkdir -p dist
	cd cmd/samverka && CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 ../../bin/fyne package -os windows --release \
	  && mv -f Samverka.exe ../../dist/Samverka.exe
	@if [ "$$(uname -s)" = Darwin ]; then \
	  cd cmd/samverka && ../../bin/fyne package -os darwin --release && rm -rf ../../dist/Samverka.app && mv Samverka.app ../../dist/ \
	  && cd ../.. && scripts/macos-document-types.sh dist/Samverka.app; \
	fi
	rm -f cmd/samverka/FyneApp.toml
	@ls -l dist

sysdeps:
	@scripts/sysdeps.sh gui

sysdeps-test:
	@scripts/sysdeps.sh test

sysdeps-windows:
	@scripts/sysdeps.sh windows

clean:
	rm -rf $(BIN) dist build
