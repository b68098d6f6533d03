package ru.edu.innovation.command.review;

import ru.edu.innovation.command.kernel.Actor;
import ru.edu.innovation.command.kernel.Refusals;

import java.util.Collection;

/** Policy: nobody decides on a step of a review chain who acted on an earlier step of the same round. */
public final class FourEyes {

    private FourEyes() {
    }

    public static void require(Actor actor, Collection<String> earlierActors) {
        if (earlierActors.contains(actor.userId())) {
            throw Refusals.violation("FOUR_EYES", "Пользователь «" + actor.userId()
                    + "» уже участвовал в предыдущем шаге и не может принимать решение на следующем");
        }
    }
}
