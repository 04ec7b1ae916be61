" Headless end-to-end test of the .inmail language server in Vim through ALE (Debian's vim-ale).
"   PATH=<dir with inmail-language-server>:$PATH  INMAIL_FILE=/abs/bad.inmail \
"   vim -N -u <the README's Vim block> -i NONE -n -es -S vim-test.vim      (run.mjs sets this up)
" Exits 0 on success; on failure prints "vim: FAIL: ..." to stderr and exits 1.
let s:wait_ms = empty($INMAIL_WAIT_MS) ? 20000 : str2nr($INMAIL_WAIT_MS)
" The fixture's second line misspells a header; the server offers exactly one fix for it.
let s:code = 'unknown-header'

function! s:Fail(message) abort
  throw 'inmail-fail: ' . a:message
endfunction

function! s:WaitFor(what, condition) abort
  let l:waited = 0
  while !eval(a:condition)
    if l:waited >= s:wait_ms
      call s:Fail('timed out after ' . s:wait_ms . 'ms waiting for ' . a:what)
    endif
    " Vim runs job, channel and timer callbacks while it sleeps.
    sleep 25m
    let l:waited += 25
  endwhile
endfunction

function! s:Ours() abort
  return filter(copy(ale#engine#GetLoclist(bufnr(''))), {_, item -> get(item, 'code', '') is# s:code})
endfunction

function! s:Run() abort
  let l:file = $INMAIL_FILE
  if empty(l:file) | call s:Fail('INMAIL_FILE is not set') | endif

  " The vimrc (-u) is the README's Vim setup as written (run.mjs puts inmail-language-server on PATH).
  " Plugins load after the vimrc at startup, which -es skips: this is that step.
  packloadall
  if !exists('g:loaded_ale') | call s:Fail('ALE did not load from the README setup') | endif
  " Faster than ALE's defaults, so the test waits less; a user's Vim lints on the same events.
  let g:ale_lint_on_text_changed = 'always'
  let g:ale_lint_delay = 50

  execute 'edit ' . fnameescape(l:file)
  if &filetype isnot# 'inmail' | call s:Fail('filetype is "' . &filetype . '", expected inmail') | endif
  let l:before = getline(1, '$')

  " 1. the server's diagnostics reach ALE's list for the buffer
  call s:WaitFor('the ' . s:code . ' diagnostic', 'len(s:Ours()) > 0')
  let l:item = s:Ours()[0]
  if len(s:Ours()) != 1 | call s:Fail('expected one ' . s:code . ', got ' . string(s:Ours())) | endif
  if l:item.lnum != 2 || l:item.col != 1 | call s:Fail('diagnostic is not on the misspelt header: ' . string(l:item)) | endif
  if l:item.type isnot# 'W' | call s:Fail('diagnostic type is ' . l:item.type . ', expected W') | endif
  if stridx(l:item.text, 'Company') < 0 | call s:Fail('message does not suggest Company: ' . l:item.text) | endif

  " 2. ALE's code action request over the diagnostic; the quick fix it returns is applied as :ALECodeAction would
  call cursor(2, 1)
  let s:actions = v:null
  call ale#codefix#Execute(0, {data, items -> execute('let s:actions = [data, items]')})
  call s:WaitFor('code actions', 's:actions isnot v:null')
  let l:fixes = filter(copy(s:actions[1]), {_, item -> get(item[1], 'kind', '') is# 'quickfix' && has_key(item[1], 'edit')})
  if empty(l:fixes) | call s:Fail('no quick fix with an edit: ' . string(s:actions[1])) | endif
  call ale#codefix#ApplyLSPCodeAction(s:actions[0], l:fixes[0][1])

  " 3. exactly the header name changed, and the server (sent the edit) clears the diagnostic
  let l:expected = copy(l:before)
  let l:expected[1] = 'Company' . l:before[1][len('Compnay'):]
  if getline(1, '$') != l:expected | call s:Fail("buffer after fix:\n" . join(getline(1, '$'), "\n")) | endif
  " Vim's main loop fires TextChanged after an edit, and ALE sends the change on it; -es mode has no main loop.
  doautocmd <nomodeline> TextChanged
  call s:WaitFor('the ' . s:code . ' diagnostic to clear after the fix', 'empty(s:Ours())')
endfunction

try
  call s:Run()
  verbose echo "vim: ok\n"
  qall!
catch
  let s:message = v:exception =~# '^inmail-fail: ' ? v:exception[len('inmail-fail: '):] : v:exception . ' at ' . v:throwpoint
  " In -es mode only messages shown with 'verbose' set reach a stream (stderr); /dev/stderr may be a socket.
  verbose echo 'vim: FAIL: ' . s:message . "\n"
  cquit 1
endtry
