// The Windows dialog: powershell.exe (Windows PowerShell 5.1, on every Windows since 10) showing a
// small WinForms box with a masked field. Pure: builds the arguments for execFile, no shell.
// Nothing the caller passes reaches PowerShell as code: the prompt text goes in as base64 inside a
// quoted literal, and the whole script as -EncodedCommand (base64 of UTF-16LE), so no quoting layer
// of CreateProcess or PowerShell ever parses it. Exit 0 prints the answer, 1 is Cancel or the close
// box, 2 is a failure to show the form (no desktop, constrained language mode), its reason on stderr.

export const POWERSHELL_DIALOG_CANCELLED = 1;

export function getPowerShellDialogArgs(text: string, title: string): string[] {
  const script = formatDialogScript(toBase64Utf8(text.replace(/\r?\n/g, "\r\n")), toBase64Utf8(title));
  return ["-NoLogo", "-NoProfile", "-NonInteractive", "-STA", "-EncodedCommand", Buffer.from(script, "utf16le").toString("base64")];
}

function toBase64Utf8(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** Both arguments are base64 (A-Z a-z 0-9 + / =): nothing in them can end a single-quoted literal. */
function formatDialogScript(textBase64: string, titleBase64: string): string {
  return `$ErrorActionPreference = 'Stop'
function Get-Text($base64) { [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($base64)) }
try {
  Add-Type -AssemblyName System.Windows.Forms, System.Drawing
  [System.Windows.Forms.Application]::EnableVisualStyles()
  $form = New-Object System.Windows.Forms.Form
  $form.Text = Get-Text '${titleBase64}'
  $form.FormBorderStyle = [System.Windows.Forms.FormBorderStyle]::FixedDialog
  $form.StartPosition = [System.Windows.Forms.FormStartPosition]::CenterScreen
  $form.MinimizeBox = $false
  $form.MaximizeBox = $false
  $form.TopMost = $true
  $form.ClientSize = New-Object System.Drawing.Size(380, 150)
  $label = New-Object System.Windows.Forms.Label
  $label.UseMnemonic = $false
  $label.Text = Get-Text '${textBase64}'
  $label.SetBounds(12, 12, 356, 60)
  $box = New-Object System.Windows.Forms.TextBox
  $box.UseSystemPasswordChar = $true
  $box.SetBounds(12, 80, 356, 24)
  $ok = New-Object System.Windows.Forms.Button
  $ok.Text = 'OK'
  $ok.DialogResult = [System.Windows.Forms.DialogResult]::OK
  $ok.SetBounds(212, 114, 75, 26)
  $cancel = New-Object System.Windows.Forms.Button
  $cancel.Text = 'Cancel'
  $cancel.DialogResult = [System.Windows.Forms.DialogResult]::Cancel
  $cancel.SetBounds(293, 114, 75, 26)
  $form.Controls.AddRange(@($label, $box, $ok, $cancel))
  $form.AcceptButton = $ok
  $form.CancelButton = $cancel
  $form.ActiveControl = $box
  $form.Add_Shown({ $form.Activate() })
  $result = $form.ShowDialog()
} catch {
  [Console]::Error.WriteLine($_.Exception.Message)
  exit 2
}
if ($result -ne [System.Windows.Forms.DialogResult]::OK) { exit ${POWERSHELL_DIALOG_CANCELLED} }
[Console]::Out.Write($box.Text)
`;
}
