import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { pluginForField } from '../../categories/registry';
import { CompetencyArea, CompetencyItem, EngineeringField, Grade, Society } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import { SocietyStatus } from '../common/enums';
import {
  toCompetencyAreaType, toCompetencyItemType, toFieldType, toGradeType, toSocietyType, toSpecialtyType,
} from './reference.mappers';
import { CompetencyAreaType, CompetencyItemType, EngineeringFieldType, GradeType, SocietyType, SpecialtyType } from './reference.types';

/** Public reference data: societies, fields and specialties, grades, competencies. */
@Resolver()
export class ReferenceQueryResolver {
  /** The authorized societies, by code. */
  @Query(() => [SocietyType], { description: 'The authorized societies (tenants)' })
  async societies(
    @Ctx() { em }: RequestContext,
    @Arg('status', () => SocietyStatus, { nullable: true }) status?: SocietyStatus,
  ): Promise<SocietyType[]> {
    const rows = await em.find(Society, status ? { status } : {}, { orderBy: { createdAt: 'asc', code: 'asc' } });
    return rows.map(toSocietyType);
  }

  /** One society by code, or null. */
  @Query(() => SocietyType, { nullable: true })
  async society(@Ctx() { em }: RequestContext, @Arg('code') code: string): Promise<SocietyType | null> {
    const row = await em.findOne(Society, { code: code.trim().toUpperCase() });
    return row ? toSocietyType(row) : null;
  }

  /** All engineering fields in catalogue order. */
  @Query(() => [EngineeringFieldType])
  async engineeringFields(@Ctx() { em }: RequestContext): Promise<EngineeringFieldType[]> {
    return (await em.find(EngineeringField, {}, { orderBy: { sortOrder: 'asc' } })).map(toFieldType);
  }

  /** One engineering field by code, or null. */
  @Query(() => EngineeringFieldType, { nullable: true })
  async engineeringField(@Ctx() { em }: RequestContext, @Arg('code') code: string): Promise<EngineeringFieldType | null> {
    const row = await em.findOne(EngineeringField, { code: code.trim().toUpperCase() });
    return row ? toFieldType(row) : null;
  }

  /** Grades, lowest first; optionally of one ladder. */
  @Query(() => [GradeType])
  async grades(@Ctx() { em }: RequestContext, @Arg('ladder', { nullable: true }) ladder?: string): Promise<GradeType[]> {
    const rows = await em.find(Grade, ladder ? { ladder } : {}, { orderBy: { ladder: 'asc', rank: 'asc' } });
    return rows.map(toGradeType);
  }

  /** The five competency areas A–E. */
  @Query(() => [CompetencyAreaType])
  async competencyAreas(@Ctx() { em }: RequestContext): Promise<CompetencyAreaType[]> {
    return (await em.find(CompetencyArea, {}, { orderBy: { code: 'asc' } })).map(toCompetencyAreaType);
  }

  /** The 17 competency items A1–E4. */
  @Query(() => [CompetencyItemType])
  async competencyItems(@Ctx() { em }: RequestContext): Promise<CompetencyItemType[]> {
    return (await em.find(CompetencyItem, {}, { orderBy: { sortOrder: 'asc' } })).map(toCompetencyItemType);
  }
}

/** Society → its engineering fields. */
@Resolver(() => SocietyType)
export class SocietyFieldsResolver {
  /** The fields the society is authorized to evaluate (batched per request). */
  @FieldResolver(() => [EngineeringFieldType])
  async fields(@Root() society: SocietyType, @Ctx() { loaders }: RequestContext): Promise<EngineeringFieldType[]> {
    return (await loaders.fieldsBySocietyId.load(society.id)).map((link) => toFieldType(link.field));
  }
}

/** EngineeringField → specialties and societies. */
@Resolver(() => EngineeringFieldType)
export class EngineeringFieldRelationsResolver {
  /** The field's specialties in catalogue order (batched per request). */
  @FieldResolver(() => [SpecialtyType])
  async specialties(@Root() field: EngineeringFieldType, @Ctx() { loaders }: RequestContext): Promise<SpecialtyType[]> {
    return (await loaders.specialtiesByFieldId.load(field.id)).map(toSpecialtyType);
  }

  /** The grade ladder of the field: the one its category plug-in brings. */
  @FieldResolver(() => String, { description: "The grade ladder the field's category plug-in brings (e.g. GENERAL, AUTOMOTIVE)" })
  ladder(@Root() field: EngineeringFieldType): string {
    return pluginForField(field.code).ladder.code;
  }

  /** The grades an applicant in this field is offered: its ladder's, lowest first (batched per request). */
  @FieldResolver(() => [GradeType], { description: "The grades an applicant in this field may apply for (its category's ladder), lowest first" })
  async grades(@Root() field: EngineeringFieldType, @Ctx() { loaders }: RequestContext): Promise<GradeType[]> {
    return (await loaders.gradesByLadder.load(pluginForField(field.code).ladder.code)).map(toGradeType);
  }

  /** The societies authorized for this field (batched per request). */
  @FieldResolver(() => [SocietyType])
  async societies(@Root() field: EngineeringFieldType, @Ctx() { loaders }: RequestContext): Promise<SocietyType[]> {
    return (await loaders.societiesByFieldId.load(field.id)).map((link) => toSocietyType(link.society));
  }
}

/** Competency area ↔ items. */
@Resolver(() => CompetencyAreaType)
export class CompetencyAreaItemsResolver {
  /** The area's items (batched per request). */
  @FieldResolver(() => [CompetencyItemType])
  async items(@Root() area: CompetencyAreaType, @Ctx() { loaders }: RequestContext): Promise<CompetencyItemType[]> {
    return (await loaders.competencyItemsByAreaCode.load(area.code)).map(toCompetencyItemType);
  }
}

/** Competency item → area. */
@Resolver(() => CompetencyItemType)
export class CompetencyItemAreaResolver {
  /** The area the item belongs to (batched per request). */
  @FieldResolver(() => CompetencyAreaType)
  async area(@Root() item: CompetencyItemType, @Ctx() { loaders }: RequestContext): Promise<CompetencyAreaType> {
    const area = await loaders.competencyAreaByCode.load(item.areaCode);
    if (!area) throw new Error(`competency area ${item.areaCode} is missing`);
    return toCompetencyAreaType(area);
  }
}
