// Overrides one built-in template with a copy that carries a marker comment.
def original = new File(templatesDir, 'apiException.mustache').getText('UTF-8')
def target = new File(basedir, 'src/main/templates/apiException.mustache')
target.parentFile.mkdirs()
target.setText('// Rendered from the overriding template.\n' + original, 'UTF-8')
true
