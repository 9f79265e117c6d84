// Importing scap-bom manages scap's own artifacts and nothing else.
def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/effective-pom.xml'))
def managed = pom.dependencyManagement.dependencies.dependency.collect {
  "${it.groupId}:${it.artifactId}:${it.version}".toString()
}
assert !managed.isEmpty() : 'the BOM manages scap\'s artifacts'
def others = managed.findAll { !it.startsWith('dev.scap:') }
assert others.isEmpty() : "scap-bom manages more than scap's artifacts: ${others}"
assert managed.any { it.startsWith('dev.scap:scap-analysis:') }
assert managed.any { it.startsWith('dev.scap:scap-report:') }
return true
