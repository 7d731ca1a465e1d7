package main

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns Debian's chromium, skipping the test without it (failing in CI).
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "chromium"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is missing in CI (.ci/run installs Debian's chromium)")
	}
	t.Skip("chromium is not installed (apt-get install chromium)")
	return ""
}

// browser starts a headless chromium with a fresh profile and returns a tab's context.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1200, 900),
	}
	for _, f := range []string{"headless", "no-sandbox", "disable-gpu", "disable-background-networking",
		"disable-component-update", "disable-sync", "no-first-run"} {
		opts = append(opts, chromedp.Flag(f, true))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	// Room for a machine shared by many builds: chromium alone has taken over a minute to start.
	ctx, cancelTimeout := context.WithTimeout(ctx, 4*time.Minute)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		cancelTimeout()
		cancel()
		cancelAlloc()
		t.Fatalf("chromium did not start: %v", err)
	}
	proc := chromedp.FromContext(ctx).Browser.Process()
	t.Cleanup(func() {
		done := make(chan struct{})
		go func() { // closing waits for the browser; one that hangs must not hang the tests
			cancelTimeout()
			cancel()
			cancelAlloc()
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			if proc != nil {
				_ = proc.Kill()
			}
			t.Log("chromium did not close within 20 s and was killed")
		}
	})
	return ctx
}

// statusSetup writes a config that serves the status page on addr, a scheduled English report
// announced to a webhook, and a French one run by hand, with the sample corpus's articles.
func statusSetup(t *testing.T, addr, hook string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"config.yaml": "corpus: corpus\noutput: out\nreports: reports\ntimezone: Europe/Paris\ndelivery: {attempts: 1}\n" +
			"serve: {listen: \"" + addr + "\", catch_up: false, attempts: 1, grace: 10s}\n",
		"reports/weekly.yaml": "title: Cloud market weekly brief\nschedule: \"0 7 * * 1\"\nwindow: all\n" +
			"deliver:\n  webhook: {url: \"" + hook + "/hooks/T000/B000\", format: slack}\n",
		"reports/hebdo.yaml": "title: Le marché du cloud cette semaine\nlanguage: fr\n" +
			"deliver:\n  webhook: {url: \"" + hook + "/down\", format: json}\n", // answers 502
	}
	for name, content := range files {
		writeFile(t, mkdirFor(t, filepath.Join(dir, name)), content)
	}
	for _, f := range e2eArticles(t) {
		b, _ := os.ReadFile(f)
		writeFile(t, mkdirFor(t, filepath.Join(dir, "corpus", filepath.Base(f))), string(b))
	}
	return dir
}

func mkdirFor(t *testing.T, path string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// serveIn starts marketbrief serve in dir with extra environment and stops it at the end.
func serveIn(t *testing.T, dir string, env ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := mbCommand(t, dir, &stderr, "serve")
	cmd.Env = append(cmd.Env, env...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	})
	return cmd, &stderr
}

// TestStatusPageBrowser drives the status page in headless Chromium: it lists the reports with their
// schedules and runs, a download link returns the workbook, and "Run now" starts a run that then
// appears. Screenshots go to the test's folder, or to $MARKETBRIEF_SCREENSHOTS when set.
func TestStatusPageBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	ctx := browser(t)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return
		}
		io.WriteString(w, "ok")
	}))
	defer hook.Close()
	addr := freeLoopback(t)
	dir := statusSetup(t, addr, hook.URL)
	if _, stderr, code := mb(t, "run", "--config", filepath.Join(dir, "config.yaml"), "--report", "weekly"); code != 0 {
		t.Fatalf("run: exit %d\n%s", code, stderr)
	}
	_, stderr := serveIn(t, dir)
	base := "http://" + addr
	waitFor(t, "the status page", time.Minute, func() bool {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("section#weekly"))); err != nil {
		t.Fatalf("open the page: %v\n%s", err, stderr)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Cloud market weekly brief", "Le marché du cloud cette semaine", "0 7 * * 1 (Europe/Paris)",
		"by hand only", "webhook to " + hook.URL + ": sent", "No runs yet.", "webhook (json)"} {
		if !strings.Contains(text, want) {
			t.Errorf("page lacks %q:\n%s", want, text)
		}
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#weekly ul.next li').length`)); n != 3 {
		t.Errorf("weekly shows %d next runs, want 3", n)
	}

	href, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#weekly tr.run a[href$=".xlsx"]`), "href"))
	if err != nil || !href.Exists {
		t.Fatalf("no workbook link: %v", err)
	}
	checkWorkbook(t, base+href.Value)

	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#hebdo button`)), chromedp.WaitVisible(chromedp.CSS(`p.notice`))); err != nil {
		t.Fatalf("Run now: %v", err)
	}
	waitFor(t, "the started run on the page", 2*time.Minute, func() bool {
		if chromedp.Do(ctx, chromedp.Reload()) != nil {
			return false
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#hebdo tr.run td.status-ok').length`))
		delivery, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector('#hebdo tr.run td.delivery-failed') || {innerText: ''}).innerText`))
		return err == nil && n == 1 && strings.Contains(delivery, "FAILED") // its delivery, recorded just after the run, has failed
	})
	if href, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#hebdo tr.run a[href$=".pdf"]`), "href")); err != nil || !strings.HasPrefix(href.Value, "/runs/hebdo/") {
		t.Errorf("the new run has no brief link: %v %+v", err, href)
	}
	// Its webhook answered 502: the page, /metrics and the history say the delivery failed.
	if d, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#hebdo tr.run td.delivery-failed').innerText`)); !strings.Contains(d, "FAILED after 1 attempt:") || !strings.Contains(d, "502") {
		t.Errorf("the failed delivery shows as %q", d)
	}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metricsText, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`marketbrief_deliveries_total{report="hebdo",channel="webhook",status="failed"} 1`, `marketbrief_delivery_failing{report="hebdo"} 1`} {
		if !strings.Contains(string(metricsText), want) {
			t.Errorf("/metrics lacks %s:\n%s", want, metricsText)
		}
	}
	shoot(t, ctx, "status-page.png")
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if w, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 390 {
		t.Errorf("on a phone the page is %d px wide, wider than the 390 px screen", w)
	}
	// On a phone each run is a list of "Label: value" lines, which start at one margin: the wide
	// table's gap after a number column indented "Documents:" and "Facts:" alone.
	if pads, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelector('tr.run').querySelectorAll('td')].map(td => getComputedStyle(td).paddingLeft).join(' ')`)); strings.Trim(strings.ReplaceAll(pads, "0px", ""), " ") != "" {
		t.Errorf("on a phone the lines of a run start at different margins: padding-left %s", pads)
	}
	shoot(t, ctx, "status-page-phone.png")
}

// checkWorkbook downloads url and checks that it is an xlsx workbook.
func checkWorkbook(t *testing.T, url string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), "weekly.xlsx") {
		t.Fatalf("GET %s: %s %q", url, resp.Status, resp.Header.Get("Content-Disposition"))
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("the download is not a workbook: %v", err)
	}
	for _, f := range zr.File {
		if f.Name == "xl/workbook.xml" {
			return
		}
	}
	t.Errorf("the download has no xl/workbook.xml")
}

// shoot saves a screenshot of the whole page.
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("MARKETBRIEF_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// TestStatusPageToken checks that serve refuses a non-loopback listener without a token, and that
// with one the browser sees the page only after presenting it.
func TestStatusPageToken(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	port := portOf(freeLoopback(t))
	dir := statusSetup(t, "0.0.0.0:"+port, "http://127.0.0.1:9")
	var stderr bytes.Buffer
	cmd := mbCommand(t, dir, &stderr, "serve")
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); err == nil || code != exitUsage ||
		!strings.Contains(stderr.String(), "serve.listen") || !strings.Contains(stderr.String(), "serve.token_env") {
		t.Fatalf("serve on 0.0.0.0 without a token: exit %d, %v\n%s", code, err, stderr.String())
	}

	const token = "s3cret-token-for-the-test-0123"
	cfg := filepath.Join(dir, "config.yaml")
	writeFile(t, cfg, strings.Replace(readFile(t, cfg), "serve: {", "serve: {token_env: MB_TEST_TOKEN, ", 1))
	_, serveErr := serveIn(t, dir, "MB_TEST_TOKEN="+token)
	base := "http://127.0.0.1:" + port
	waitFor(t, "serve to listen", time.Minute, func() bool {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
	ctx := browser(t)
	resp, err := chromedp.RunResponse(ctx, chromedp.Navigate(base+"/"))
	if err != nil {
		t.Fatalf("%v\n%s", err, serveErr)
	}
	if resp.Status != http.StatusUnauthorized {
		t.Errorf("the page without a token: %d, want 401", resp.Status)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?token="+token), chromedp.WaitVisible(chromedp.CSS("section#weekly"))); err != nil {
		t.Fatalf("the page with the token: %v", err)
	}
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); strings.Contains(loc, token) {
		t.Errorf("the token stays in the address bar: %s", loc)
	}
	resp, err = chromedp.RunResponse(ctx, chromedp.Navigate(base+"/metrics"))
	if err != nil || resp.Status != 200 {
		t.Errorf("/metrics with the cookie: %v %+v", err, resp)
	}
}
