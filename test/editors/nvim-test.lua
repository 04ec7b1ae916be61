-- Headless end-to-end test of the .inmail language server in Neovim 0.7.2's LSP client.
--   INMAIL_SERVER_CMD='node /abs/server.js --stdio'  (or a JSON array)  INMAIL_FILE=/abs/bad.inmail \
--   nvim --headless --clean -n -i NONE -u NONE -c 'luafile nvim-test.lua'
-- Exits 0 on success; on failure prints "nvim: FAIL: ..." to stderr and exits 1.
local WAIT_MS = tonumber(os.getenv('INMAIL_WAIT_MS') or '') or 20000
-- The fixture's second line misspells a header; the server offers exactly one fix for it.
local CODE = 'unknown-header'
local TYPO, FIXED = 'Compnay', 'Company'

local function fail(msg) error({ inmail_fail = msg }) end
local function check(ok, msg) if not ok then fail(msg) end end
local function wait_for(what, pred)
  check(vim.wait(WAIT_MS, pred, 25), 'timed out after ' .. WAIT_MS .. 'ms waiting for ' .. what)
end

local function server_cmd()
  local raw = vim.trim(os.getenv('INMAIL_SERVER_CMD') or '')
  check(raw ~= '', 'INMAIL_SERVER_CMD is not set')
  if raw:sub(1, 1) == '[' then return vim.fn.json_decode(raw) end
  return vim.split(raw, '%s+')
end

local function run()
  local file = os.getenv('INMAIL_FILE') or fail('INMAIL_FILE is not set')
  local cmd = server_cmd()

  -- What a user's config would do: filetype by extension, start + attach on FileType.
  local client_id
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.inmail', command = 'setfiletype inmail' })
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'inmail',
    callback = function(args)
      client_id = client_id or vim.lsp.start_client({
        name = 'inmail', cmd = cmd, root_dir = vim.fn.fnamemodify(file, ':p:h'),
      })
      vim.lsp.buf_attach_client(args.buf, client_id)
    end,
  })

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo[buf].filetype == 'inmail', 'filetype is "' .. vim.bo[buf].filetype .. '", expected inmail')
  check(client_id, 'vim.lsp.start_client failed (bad INMAIL_SERVER_CMD?): ' .. vim.inspect(cmd))
  local before = vim.api.nvim_buf_get_lines(buf, 0, -1, false)

  -- 1. the pushed diagnostics arrive (one publish per file); ours is among them
  local function ours() -- other rules may flag the draft too; only ours matters here
    return vim.tbl_filter(function(x) return x.code == CODE end, vim.diagnostic.get(buf))
  end
  wait_for('diagnostics to be published', function() return #vim.diagnostic.get(buf) > 0 end)
  check(#ours() == 1, 'expected 1 "' .. CODE .. '" diagnostic, got ' .. vim.inspect(vim.diagnostic.get(buf)))
  local d = ours()[1]
  check(d.source == 'inmail', 'diagnostic source is ' .. vim.inspect(d.source))
  check(d.severity == vim.diagnostic.severity.WARN, 'diagnostic severity is ' .. vim.inspect(d.severity) .. ', expected WARN')
  check(d.lnum == 1 and d.col == 0 and d.end_lnum == 1 and d.end_col == #TYPO,
    'diagnostic range is not the misspelt header name: ' .. vim.inspect({ d.lnum, d.col, d.end_lnum, d.end_col }))
  check(d.message:find(FIXED, 1, true), 'diagnostic message does not suggest ' .. FIXED .. ': ' .. d.message)

  -- 2. ask for code actions over the diagnostic's range (byte cols -> client's offset encoding)
  local client = vim.lsp.get_client_by_id(client_id)
  check(client.supports_method('textDocument/codeAction'), 'server does not advertise codeActionProvider')
  local enc = client.offset_encoding or 'utf-16'
  local util = vim.lsp.util
  local params = {
    textDocument = util.make_text_document_params(buf),
    range = {
      start = { line = d.lnum, character = util.character_offset(buf, d.lnum, d.col, enc) },
      ['end'] = { line = d.end_lnum, character = util.character_offset(buf, d.end_lnum, d.end_col, enc) },
    },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum, nil, client_id) },
  }
  local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, WAIT_MS)
  check(responses, 'textDocument/codeAction got no answer: ' .. tostring(err))
  local resp = responses[client_id] or {}
  check(not resp.error, 'textDocument/codeAction error: ' .. vim.inspect(resp.error))
  local fix
  for _, action in ipairs(resp.result or {}) do
    if action.kind == 'quickfix' and action.edit then fix = fix or action end
  end
  check(fix, 'no quickfix code action with an edit; server answered ' .. vim.inspect(resp.result))

  -- 3. apply it the way vim.lsp.buf.code_action would
  util.apply_workspace_edit(fix.edit, enc)

  -- 4. the edit is synced (incremental didChange) and the server clears the diagnostic
  wait_for('the ' .. CODE .. ' diagnostic to clear after the fix', function() return #ours() == 0 end)

  -- 5. exactly the header name changed
  local expected = vim.deepcopy(before)
  expected[2] = FIXED .. before[2]:sub(#TYPO + 1)
  local after = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  check(vim.deep_equal(after, expected), 'buffer after fix:\n' .. table.concat(after, '\n')
    .. '\n--- expected:\n' .. table.concat(expected, '\n'))
end

local DEBUG = (os.getenv('INMAIL_DEBUG') or '') ~= ''
if DEBUG then vim.lsp.set_log_level('debug') end
local function dump_log() -- with INMAIL_DEBUG set, print the LSP client log (traffic + server stderr)
  local f = DEBUG and io.open(vim.lsp.get_log_path(), 'r')
  if f then io.stderr:write('----- ' .. vim.lsp.get_log_path() .. ' -----\n' .. f:read('*a') .. '\n'); f:close() end
end

local ok, e = xpcall(run, function(e)
  return type(e) == 'table' and e.inmail_fail or (tostring(e) .. '\n' .. debug.traceback())
end)
dump_log()
if ok then
  io.stdout:write('nvim: ok\n')
  vim.cmd('qall!')
else
  io.stderr:write('\nnvim: FAIL: ' .. e .. '\n') -- \n: nvim's own messages end without one
  vim.cmd('cquit 1')
end
