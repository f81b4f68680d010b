// Command githttpd serves bare Git repositories over smart HTTP for the Fleetdesk test environment.
//
// It runs git's own git-http-backend as a CGI program behind net/http, so clients (git, go-git in the
// Flux source-controller, libgit2 in Fleetdesk) talk to the real Git protocol implementation.
//
//	githttpd -listen 127.0.0.1:0 -root DIR [-user NAME -password-file FILE] [-port-file FILE]
//
// A push to a repository that does not exist yet creates it as a bare repository (like a forge would),
// so test fixtures can push new repositories without a separate step.
package main

import (
	"crypto/subtle"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/http/cgi"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	root := flag.String("root", "", "directory holding bare repositories (NAME.git)")
	backend := flag.String("backend", "/usr/lib/git-core/git-http-backend", "path to git-http-backend")
	user := flag.String("user", "", "basic-auth user; empty disables authentication")
	passwordFile := flag.String("password-file", "", "file holding the basic-auth password")
	portFile := flag.String("port-file", "", "write the bound port to this file once listening")
	flag.Parse()
	if *root == "" {
		log.Fatal("githttpd: -root is required")
	}
	absRoot, err := filepath.Abs(*root)
	if err != nil {
		log.Fatalf("githttpd: %v", err)
	}
	if _, err := os.Stat(*backend); err != nil {
		log.Fatalf("githttpd: git-http-backend not found: %v (install the Debian package git)", err)
	}
	var password []byte
	if *user != "" {
		if *passwordFile == "" {
			log.Fatal("githttpd: -user needs -password-file")
		}
		p, err := os.ReadFile(*passwordFile)
		if err != nil {
			log.Fatalf("githttpd: %v", err)
		}
		password = []byte(strings.TrimSpace(string(p)))
	}

	gitHandler := &cgi.Handler{
		Path: *backend,
		Root: "/",
		Env: []string{
			"GIT_PROJECT_ROOT=" + absRoot,
			"GIT_HTTP_EXPORT_ALL=1",
			// Allow anonymous pushes when no auth is configured (git-http-backend otherwise refuses
			// receive-pack without REMOTE_USER).
			"GIT_CONFIG_COUNT=1",
			"GIT_CONFIG_KEY_0=http.receivepack",
			"GIT_CONFIG_VALUE_0=true",
		},
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if *user != "" {
			u, p, ok := r.BasicAuth()
			if !ok || subtle.ConstantTimeCompare([]byte(u), []byte(*user)) != 1 ||
				subtle.ConstantTimeCompare([]byte(p), password) != 1 {
				w.Header().Set("WWW-Authenticate", `Basic realm="fleetdesk-testenv"`)
				http.Error(w, "authentication required", http.StatusUnauthorized)
				return
			}
		}
		if r.URL.Query().Get("service") == "git-receive-pack" && strings.HasSuffix(r.URL.Path, "/info/refs") {
			if err := ensureRepo(absRoot, strings.TrimSuffix(r.URL.Path, "/info/refs")); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
		}
		gitHandler.ServeHTTP(w, r)
	})

	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		log.Fatalf("githttpd: %v", err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	if *portFile != "" {
		if err := os.WriteFile(*portFile, []byte(fmt.Sprintf("%d\n", port)), 0o644); err != nil {
			log.Fatalf("githttpd: %v", err)
		}
	}
	log.Printf("githttpd: serving %s on http://%s", absRoot, ln.Addr())
	log.Fatal(http.Serve(ln, mux))
}

// ensureRepo creates ROOT/NAME.git as a bare repository if it does not exist yet.
func ensureRepo(root, urlPath string) error {
	name := strings.Trim(urlPath, "/")
	if name == "" || strings.Contains(name, "..") || !strings.HasSuffix(name, ".git") {
		return fmt.Errorf("invalid repository path %q (want NAME.git)", urlPath)
	}
	dir := filepath.Join(root, filepath.FromSlash(name))
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	out, err := exec.Command("git", "init", "--bare", "--quiet", "--initial-branch=main", dir).CombinedOutput()
	if err != nil {
		return fmt.Errorf("git init --bare %s: %v: %s", name, err, out)
	}
	return nil
}
