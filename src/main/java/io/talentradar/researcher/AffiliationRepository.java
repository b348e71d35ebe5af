package io.talentradar.researcher;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AffiliationRepository implements PanacheRepository<Affiliation> {

    public List<Affiliation> ofResearcher(Researcher researcher) {
        return list("researcher = ?1 order by start nulls first, id", researcher);
    }
}
