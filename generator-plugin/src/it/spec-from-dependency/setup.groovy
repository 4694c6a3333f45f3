def original = new File(templatesDir, 'apiException.mustache').getText('UTF-8')
def target = new File(basedir, 'app/src/main/templates/apiException.mustache')
target.parentFile.mkdirs()
target.setText('// Relative templateDirectory resolved.\n' + original, 'UTF-8')
true
