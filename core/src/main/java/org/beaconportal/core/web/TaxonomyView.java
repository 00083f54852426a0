package org.beaconportal.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.TaxonomyService;
import org.beaconportal.core.application.TaxonomyService.TermNode;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.Vocabulary;

/**
 * Staff page for vocabularies and their term trees ({@code /admin/taxonomy?v=}): add, rename,
 * move and delete terms, add vocabularies.
 */
@Named
@ViewScoped
public class TaxonomyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    CurrentEditor currentEditor;

    private Long vocabularyId;
    private transient List<TermNode> tree;

    private String newLabelEn;
    private String newLabelEs;
    private String newKey;
    private Long newParentId;

    private Long editingId;
    private String editLabelEn;
    private String editLabelEs;
    private Long editParentId;

    private String vocabularyKey;
    private String vocabularyLabelEn;
    private String vocabularyLabelEs;

    /** Selects the vocabulary named by {@code v}, or the first one. */
    public void load() {
        List<Vocabulary> all = taxonomy.vocabularies();
        if (vocabularyId == null || all.stream().noneMatch(v -> v.getId().equals(vocabularyId))) {
            vocabularyId = all.isEmpty() ? null : all.get(0).getId();
        }
        tree = null;
    }

    public List<Vocabulary> getVocabularies() {
        return taxonomy.vocabularies();
    }

    public Vocabulary getVocabulary() {
        return vocabularyId == null ? null : taxonomy.vocabulary(vocabularyId).orElse(null);
    }

    public List<TermNode> getTree() {
        if (tree == null) {
            Vocabulary vocabulary = getVocabulary();
            tree = vocabulary == null ? List.of() : taxonomy.tree(vocabulary);
        }
        return tree;
    }

    /** The delete confirmation, saying how many items carry the term. */
    public String deleteQuestion(Term term) {
        return Texts.core(
                FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "taxonomy.confirmDelete",
                term.label(getLanguage()),
                taxonomy.usage(term.getId()));
    }

    public void addTerm() {
        try {
            Term term =
                    taxonomy.createTerm(currentEditor.get(), vocabularyId, newParentId, newKey, newLabelEn, newLabelEs);
            newLabelEn = null;
            newLabelEs = null;
            newKey = null;
            tree = null;
            Texts.addInfo("taxonomy.termAdded", term.getLabelEn());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public void startEdit(Term term) {
        editingId = term.getId();
        editLabelEn = term.getLabelEn();
        editLabelEs = term.getLabelEs();
        editParentId = term.getParent() == null ? null : term.getParent().getId();
    }

    public void saveEdit() {
        try {
            taxonomy.updateTerm(currentEditor.get(), editingId, editParentId, editLabelEn, editLabelEs);
            editingId = null;
            tree = null;
            Texts.addInfo("taxonomy.termSaved");
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public void cancelEdit() {
        editingId = null;
    }

    public void delete(Term term) {
        try {
            taxonomy.deleteTerm(currentEditor.get(), term.getId());
            tree = null;
            Texts.addInfo("taxonomy.termDeleted", term.getLabelEn());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public String addVocabulary() {
        try {
            Vocabulary vocabulary =
                    taxonomy.createVocabulary(currentEditor.get(), vocabularyKey, vocabularyLabelEn, vocabularyLabelEs);
            vocabularyId = vocabulary.getId();
            vocabularyKey = null;
            vocabularyLabelEn = null;
            vocabularyLabelEs = null;
            tree = null;
            Texts.addInfo("taxonomy.vocabularyAdded", vocabulary.getLabelEn());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
        return null;
    }

    /** The page's language, for term labels. */
    public String getLanguage() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public boolean isEditing(Term term) {
        return term.getId().equals(editingId);
    }

    public Long getVocabularyId() {
        return vocabularyId;
    }

    public void setVocabularyId(Long vocabularyId) {
        this.vocabularyId = vocabularyId;
    }

    public String getNewLabelEn() {
        return newLabelEn;
    }

    public void setNewLabelEn(String newLabelEn) {
        this.newLabelEn = newLabelEn;
    }

    public String getNewLabelEs() {
        return newLabelEs;
    }

    public void setNewLabelEs(String newLabelEs) {
        this.newLabelEs = newLabelEs;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }

    public String getEditLabelEn() {
        return editLabelEn;
    }

    public void setEditLabelEn(String editLabelEn) {
        this.editLabelEn = editLabelEn;
    }

    public String getEditLabelEs() {
        return editLabelEs;
    }

    public void setEditLabelEs(String editLabelEs) {
        this.editLabelEs = editLabelEs;
    }

    public Long getEditParentId() {
        return editParentId;
    }

    public void setEditParentId(Long editParentId) {
        this.editParentId = editParentId;
    }

    public String getVocabularyKey() {
        return vocabularyKey;
    }

    public void setVocabularyKey(String vocabularyKey) {
        this.vocabularyKey = vocabularyKey;
    }

    public String getVocabularyLabelEn() {
        return vocabularyLabelEn;
    }

    public void setVocabularyLabelEn(String vocabularyLabelEn) {
        this.vocabularyLabelEn = vocabularyLabelEn;
    }

    public String getVocabularyLabelEs() {
        return vocabularyLabelEs;
    }

    public void setVocabularyLabelEs(String vocabularyLabelEs) {
        this.vocabularyLabelEs = vocabularyLabelEs;
    }
}
