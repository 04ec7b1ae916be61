;;; eglot-test.el --- headless end-to-end test of the .inmail language server in Eglot  -*- lexical-binding: t -*-
;;   INMAIL_SERVER_CMD='node /abs/server.js --stdio' (or a JSON array)  INMAIL_FILE=/abs/bad.inmail \
;;   emacs --batch -l eglot-test.el
;; (not -Q: Debian's site-start is what activates elpa-eglot; --batch already skips ~/.emacs)
;; Exits 0 on success; on failure prints "eglot: FAIL: ..." and exits 1.
(unless (require 'eglot nil t)          ; under -Q Debian's elpa dir isn't activated
  (require 'package)
  (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
  (package-initialize)
  (require 'eglot))
(require 'json)
(require 'cl-lib)

(defvar inmail-test-wait (/ (string-to-number (or (getenv "INMAIL_WAIT_MS") "20000")) 1000.0))
(defconst inmail-test-code "unknown-header")
(defconst inmail-test-typo "Compnay")
(defconst inmail-test-fixed "Company")

(defun inmail-test-fail (fmt &rest args)
  (signal 'inmail-test-failure (list (apply #'format fmt args))))
(define-error 'inmail-test-failure "inmail test failure")

(defun inmail-test-wait-for (what pred)
  "Poll PRED (letting timers and process output run) until non-nil or timeout."
  (let ((deadline (+ (float-time) inmail-test-wait)) result)
    (while (and (not (setq result (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      ;; Batch Emacs is never "idle", so Eglot's idle timer that sends
      ;; didChange would never fire; run due idle timers by hand.
      (inmail-test-run-idle-timers))
    (or result (inmail-test-fail "timed out after %ss waiting for %s" inmail-test-wait what))))

(defun inmail-test-run-idle-timers ()
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list)
      (timer-event-handler timer))))

(defun inmail-test-server-cmd ()
  (let ((raw (string-trim (or (getenv "INMAIL_SERVER_CMD") ""))))
    (cond ((string-empty-p raw) (inmail-test-fail "INMAIL_SERVER_CMD is not set"))
          ((string-prefix-p "[" raw) (append (json-read-from-string raw) nil))
          (t (split-string-and-unquote raw)))))

;; What a user's config would do.
(define-derived-mode inmail-mode text-mode "InMail")
(add-to-list 'auto-mode-alist '("\\.inmail\\'" . inmail-mode))
(add-hook 'inmail-mode-hook #'eglot-ensure)

(defun inmail-test-diags (&optional code)
  "Flymake diagnostics that came from Eglot (only CODE's if given), as (DIAG . LSP-PLIST)."
  (cl-loop for d in (flymake-diagnostics)
           for lsp = (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))
           when (and lsp (or (null code) (equal code (plist-get lsp :code))))
           collect (cons d lsp)))

(defun inmail-test-run ()
  (push (cons 'inmail-mode (inmail-test-server-cmd)) eglot-server-programs)
  (let* ((file (or (getenv "INMAIL_FILE") (inmail-test-fail "INMAIL_FILE is not set")))
         ;; `find-file' (not -noselect): Flymake defers its first check until
         ;; the buffer is shown in a window.
         (buf (find-file file)))
    (set-buffer buf)
    (unless (eq major-mode 'inmail-mode) (inmail-test-fail "major mode is %s, expected inmail-mode" major-mode))
    ;; `eglot-ensure' connects from `post-command-hook'; batch Emacs runs no commands.
    (run-hooks 'post-command-hook)
    (inmail-test-wait-for "Eglot to manage the buffer" (lambda () (eglot-managed-p)))
    (let ((before (buffer-string)))
      ;; 1. the pushed diagnostics reach Flymake (one publish per file); ours is among them
      (inmail-test-wait-for "diagnostics to be published" #'inmail-test-diags)
      (let* ((diags (inmail-test-diags inmail-test-code))
             (d (car (car diags)))
             (lsp (cdr (car diags)))
             (value-beg (save-excursion (goto-char (point-min)) (forward-line 1) (point)))
             (value-end (+ value-beg (length inmail-test-typo))))
        (unless (= (length diags) 1)
          (inmail-test-fail "expected 1 %S diagnostic, got %S" inmail-test-code (mapcar #'cdr (inmail-test-diags))))
        (unless (equal (plist-get lsp :source) "inmail")
          (inmail-test-fail "diagnostic source is %S" (plist-get lsp :source)))
        (unless (eq (flymake-diagnostic-type d) 'eglot-warning)
          (inmail-test-fail "diagnostic type is %S, expected eglot-warning" (flymake-diagnostic-type d)))
        (unless (and (= (flymake-diagnostic-beg d) value-beg) (= (flymake-diagnostic-end d) value-end))
          (inmail-test-fail "diagnostic covers %S, not the misspelt header %S"
                            (buffer-substring (flymake-diagnostic-beg d) (flymake-diagnostic-end d))
                            (buffer-substring value-beg value-end)))
        (unless (string-match-p inmail-test-fixed (plist-get lsp :message))
          (inmail-test-fail "diagnostic message does not suggest %s: %s" inmail-test-fixed (plist-get lsp :message)))
        ;; 2+3. request quickfixes over the diagnostic and apply the only one, as
        ;; M-x eglot-code-action-quickfix would (no prompt when there is exactly one).
        (let ((actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix")))
          (unless (= (length actions) 1)
            (inmail-test-fail "expected 1 quickfix code action, server answered %S" actions)))
        (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix" t))
      ;; 4. the edit is synced (didChange) and the server clears the diagnostic
      (inmail-test-wait-for "the unknown-header diagnostic to clear after the fix"
                            (lambda () (null (inmail-test-diags inmail-test-code))))
      ;; 5. exactly the header name changed
      (let ((expected (replace-regexp-in-string (concat "^" inmail-test-typo ":") (concat inmail-test-fixed ":") before t t)))
        (unless (equal (buffer-string) expected)
          (inmail-test-fail "buffer after fix:\n%s\n--- expected:\n%s" (buffer-string) expected))))))

(defun inmail-test-dump-events ()
  "With INMAIL_DEBUG set, print Eglot's JSON-RPC log (and server stderr) to stderr."
  (when-let* (((getenv "INMAIL_DEBUG"))
              (server (car (hash-table-values eglot--servers-by-project))))
    (setq server (car server))
    (dolist (b (list (jsonrpc-events-buffer server) (jsonrpc-stderr-buffer server)))
      (message "----- %s -----\n%s" (buffer-name b) (with-current-buffer b (buffer-string))))))

(condition-case err
    (progn (inmail-test-run)
           (inmail-test-dump-events)
           (princ "eglot: ok\n")
           (kill-emacs 0))
  (inmail-test-failure (inmail-test-dump-events) (message "eglot: FAIL: %s" (cadr err)) (kill-emacs 1))
  (error (inmail-test-dump-events) (message "eglot: FAIL: unexpected error: %S" err) (kill-emacs 1)))
