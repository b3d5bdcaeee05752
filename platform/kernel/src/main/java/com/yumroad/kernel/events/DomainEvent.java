package com.yumroad.kernel.events;

/**
 * Something that happened in a module that other modules may react to. Implementations are past-tense records in
 * the publishing module's root package ({@code UserRegistered}, {@code StoreOpened}).
 */
public interface DomainEvent {
}
