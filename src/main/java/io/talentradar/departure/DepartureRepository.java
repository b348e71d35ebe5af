package io.talentradar.departure;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.talentradar.common.error.ProblemException;
import io.talentradar.researcher.Affiliation;
import io.talentradar.researcher.Researcher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DepartureRepository implements PanacheRepository<Departure> {

    public Departure require(long id) {
        Departure departure = findById(id);
        if (departure == null) {
            throw ProblemException.notFound("departure", Long.toString(id));
        }
        return departure;
    }

    /** Ids of the stints the researcher's other departures ended. */
    public List<Long> stintsEndedByOthers(Researcher researcher, Long exceptDepartureId) {
        return getEntityManager()
                .createQuery(
                        "select d.endedStint.id from Departure d where d.researcher = :r" + " and d.id <> :except",
                        Long.class)
                .setParameter("r", researcher)
                .setParameter("except", exceptDepartureId == null ? -1L : exceptDepartureId)
                .getResultList();
    }

    /** The researcher's departure on that date other than {@code exceptDepartureId}, if any. */
    public java.util.Optional<Departure> onDate(
            Researcher researcher, java.time.LocalDate date, Long exceptDepartureId) {
        return find(
                        "researcher = ?1 and date = ?2 and id <> ?3",
                        researcher,
                        date,
                        exceptDepartureId == null ? -1L : exceptDepartureId)
                .firstResultOptional();
    }

    public boolean endsStint(Affiliation stint) {
        return stint != null && count("endedStint", stint) > 0;
    }
}
