def itFiles = new GroovyShell().parse(new File(itLib, 'ItFiles.groovy'))
itFiles.copyCase(new File(casesDir), '20-external-relative-refs', basedir)
true
