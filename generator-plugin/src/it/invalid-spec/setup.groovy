def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
// The case files are copied unchanged, so that their line numbers stay as the checks expect.
itFiles.copyTree(new File(casesDir, '32-parse-error-location'), basedir)
true
