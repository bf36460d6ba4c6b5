/**
 * The records extraction produces — mentions, entities, roles, links, quotes and their occasions — with no
 * dependency on any other package of the project, so finders, attributors, the RDF mapper and the scorer all
 * speak one vocabulary.
 */
package org.newsgraph.model;
