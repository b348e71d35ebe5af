package io.talentradar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;

/** The layering of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "io.talentradar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The scoring core is plain Java: the model is tested and benchmarked without the framework. */
    @ArchTest
    static final ArchRule scoringCoreIsPlainJava = classes()
            .that()
            .resideInAPackage("io.talentradar.scoring..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.talentradar.scoring..");

    /** Resources speak HTTP and call services; storage is the services' business. */
    @ArchTest
    static final ArchRule resourcesCallServices = noClasses()
            .that()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(PanacheRepositoryBase.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class);

    /** No two packages depend on each other, directly or around a loop. */
    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.talentradar.(**)").should().beFreeOfCycles();

    /** Features depend one way: lab <- researcher <- departure <- indices, transfer <- demo; watch and api on top. */
    @ArchTest
    static final ArchRule featuresDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.talentradar..")
            .layer("common")
            .definedBy("io.talentradar.common..")
            .layer("scoring")
            .definedBy("io.talentradar.scoring..")
            .layer("lab")
            .definedBy("io.talentradar.lab..")
            .layer("researcher")
            .definedBy("io.talentradar.researcher..")
            .layer("departure")
            .definedBy("io.talentradar.departure..")
            .layer("indices")
            .definedBy("io.talentradar.indices..")
            .layer("transfer")
            .definedBy("io.talentradar.transfer..")
            .layer("demo")
            .definedBy("io.talentradar.demo..")
            .layer("watch")
            .definedBy("io.talentradar.watch..")
            .layer("search")
            .definedBy("io.talentradar.search..")
            .layer("api")
            .definedBy("io.talentradar.api..")
            .whereLayer("api")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("search")
            .mayOnlyBeAccessedByLayers("api")
            .whereLayer("demo")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("watch")
            .mayOnlyBeAccessedByLayers("api")
            .whereLayer("transfer")
            .mayOnlyBeAccessedByLayers("demo", "api")
            .whereLayer("indices")
            .mayOnlyBeAccessedByLayers("watch", "api")
            .whereLayer("departure")
            .mayOnlyBeAccessedByLayers("indices", "transfer", "watch", "api")
            .whereLayer("researcher")
            .mayOnlyBeAccessedByLayers("departure", "indices", "transfer", "watch", "api")
            .whereLayer("lab")
            .mayOnlyBeAccessedByLayers("researcher", "departure", "indices", "transfer", "demo", "watch", "api")
            .whereLayer("scoring")
            .mayOnlyBeAccessedByLayers("lab", "researcher", "departure", "indices", "transfer", "demo", "watch", "api");
}
